package no.samvirke.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import no.samvirke.identity.CurrentUser;
import no.samvirke.identity.Role;
import no.samvirke.identity.ServiceUnit;
import no.samvirke.identity.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The demo users as the rest of Samvirke saw them before memberships (issue 12): written against the
 * old roles and kjernegruppe tables, so it proves that moving to memberships changed nobody's access
 * (beyond the RESOURCE_PERSON memberships added on purpose).
 */
@SpringBootTest
class DemoUsersTest {

    @Autowired
    Users users;

    private static final Map<String, Set<String>> CANDIDATE_GROUPS = Map.ofEntries(
            Map.entry("skole", Set.of()),
            Map.entry("helse", Set.of()),
            Map.entry("slt", Set.of("slt-3201", "kjernegruppe-3201", "kjernegruppe-kommune-3201")),
            Map.entry("kjerne", Set.of("kjernegruppe-3201", "kjernegruppe-kommune-3201",
                    "oppfolging-child-and-youth-3201", "stedfortreder-slt-3201")),
            Map.entry("politi", Set.of("kjernegruppe-3201", "kjernegruppe-politi-3201", "kjernegruppe-3203",
                    "kjernegruppe-politi-3203", "politi-oslo")),
            Map.entry("pst", Set.of("pst")),
            Map.entry("personvern", Set.of()),
            Map.entry("personvern-politi", Set.of()),
            Map.entry("personvern-pst", Set.of()),
            Map.entry("nav", Set.of()),
            Map.entry("admin", Set.of()),
            Map.entry("asker-skole", Set.of()),
            Map.entry("asker-slt", Set.of("slt-3203", "kjernegruppe-3203", "kjernegruppe-kommune-3203")));

    @Test
    void everyDemoUserKeepsTheCandidateGroupsTheyHad() {
        CANDIDATE_GROUPS.forEach((username, groups) -> assertThat(Set.copyOf(
                users.find(username).orElseThrow().candidateGroups())).as(username).isEqualTo(groups));
    }

    @Test
    void theDemoUsersKeepTheirRolesAndPlaces() {
        CurrentUser politi = users.find("politi").orElseThrow();
        assertThat(politi.roles()).containsExactlyInAnyOrder(Role.POLICE_CONTACT, Role.KJERNEGRUPPE);
        assertThat(politi.kjernegruppeMunicipalities()).containsExactlyInAnyOrder("3201", "3203");
        assertThat(politi.policeDistrictCode()).isEqualTo("oslo");
        assertThat(politi.municipalityCode()).isNull();

        CurrentUser kjerne = users.find("kjerne").orElseThrow();
        assertThat(kjerne.roles()).contains(Role.KJERNEGRUPPE, Role.FRONTLINE, Role.DEPUTY);
        assertThat(kjerne.service()).isEqualTo(ServiceUnit.CHILD_WELFARE);
        assertThat(kjerne.municipalityCode()).isEqualTo("3201");
        assertThat(kjerne.displayName()).isEqualTo("Kari Kjerne (barnevern)");

        assertThat(users.find("admin").orElseThrow().roles()).containsExactly(Role.ADMIN);
        assertThat(users.find("pst").orElseThrow().roles()).containsExactly(Role.PST_LIAISON);
        assertThat(users.find("personvern-politi").orElseThrow().roles()).containsExactly(Role.PRIVACY_OFFICER);
        assertThat(users.administrators()).containsExactly("admin");
    }
}
