package no.samvirke.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import no.samvirke.identity.AccountStatus;
import no.samvirke.identity.CurrentUser;
import no.samvirke.identity.Directory;
import no.samvirke.identity.Directory.SelfAdministrationException;
import no.samvirke.identity.Employment;
import no.samvirke.identity.ExternalSignIn;
import no.samvirke.identity.Membership;
import no.samvirke.identity.MembershipGrant;
import no.samvirke.identity.MembershipKind;
import no.samvirke.identity.Municipality;
import no.samvirke.identity.Role;
import no.samvirke.identity.ServiceUnit;
import no.samvirke.identity.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

/** Administrators' changes: who may hold which membership where, and who may change it. */
@SpringBootTest
@Transactional
class DefaultDirectoryTest {

    @Autowired Directory directory;
    @Autowired Users users;
    @Autowired ExternalSignIn signIn;
    @Autowired UserAccountRepository accounts;
    @Autowired PasswordEncoder encoder;

    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/Oslo"));

    private CurrentUser user(String username) {
        return users.find(username).orElseThrow();
    }

    private MembershipGrant from(MembershipKind kind, String scope) {
        return new MembershipGrant(kind, scope, today, null);
    }

    private void refused(String username, MembershipGrant grant, String key) {
        assertThatThrownBy(() -> directory.grant(username, grant, user("admin")))
                .as("%s %s", username, grant).isInstanceOf(IllegalArgumentException.class).hasMessage(key);
    }

    @Test
    void aGrantComesIntoForceAtOnceAndAnEndedOneStopsBeingInForce() {
        assertThat(signIn.refresh("skole").orElseThrow().hasRole(Role.DEPUTY)).isFalse();
        Membership deputy = directory.grant("skole", from(MembershipKind.DEPUTY, "3201"), user("admin"));
        assertThat(signIn.refresh("skole").orElseThrow().candidateGroups()).containsExactly("stedfortreder-slt-3201");

        directory.end(deputy.id(), today, user("admin"));
        assertThat(signIn.refresh("skole").orElseThrow().hasRole(Role.DEPUTY)).as("in force to the end of today")
                .isTrue();
        directory.grant("skole", new MembershipGrant(MembershipKind.LEADER, "3201", today.plusDays(1), null),
                user("admin"));
        assertThat(signIn.refresh("skole").orElseThrow().hasRole(Role.LEADER)).as("starts tomorrow").isFalse();
        assertThat(directory.memberships("skole")).extracting(Membership::kind)
                .contains(MembershipKind.FRONTLINE, MembershipKind.DEPUTY, MembershipKind.LEADER);
        assertThatThrownBy(() -> directory.end(deputy.id(), today.minusDays(1), user("admin")))
                .hasMessage("admin.error.endInPast");
    }

    @Test
    void aMembershipIsOnlyHeldWhereThePersonWorks() {
        refused("asker-skole", from(MembershipKind.FRONTLINE, "3201"), "admin.error.otherMunicipality");
        refused("skole", from(MembershipKind.KJERNEGRUPPE, "3203"), "admin.error.otherMunicipality");
        refused("politi", from(MembershipKind.KJERNEGRUPPE, "3907"), "admin.error.outsideDistrict");
        refused("politi", from(MembershipKind.SLT_COORDINATOR, "3201"), "admin.error.municipalOnly");
        refused("politi", from(MembershipKind.POLICE_CONTACT, "sor-ost"), "admin.error.otherDistrict");
        refused("skole", from(MembershipKind.POLICE_CONTACT, "oslo"), "admin.error.policeOnly");
        refused("skole", from(MembershipKind.PST_LIAISON, null), "admin.error.pstOnly");
        refused("pst", from(MembershipKind.KJERNEGRUPPE, "3201"), "admin.error.municipalOnly");
        refused("pst", from(MembershipKind.PRIVACY_OFFICER, "3201"), "admin.error.agencyScope");
        refused("personvern-politi", from(MembershipKind.LEADER, "sor-ost"), "admin.error.agencyScope");
        refused("skole", from(MembershipKind.FRONTLINE, "9999"), "admin.error.unknownMunicipality");
        refused("skole", new MembershipGrant(MembershipKind.FRONTLINE, "3201", today, today.minusDays(1)),
                "admin.error.period");

        // Police sit in the kjernegruppe of several municipalities of their district; PST may be a resource person.
        directory.grant("politi", from(MembershipKind.RESOURCE_PERSON, "3203"), user("admin"));
        directory.grant("pst", from(MembershipKind.RESOURCE_PERSON, "3907"), user("admin"));
        directory.grant("personvern-pst", from(MembershipKind.LEADER, null), user("admin"));
        assertThat(user("personvern-pst").candidateGroups()).containsExactly("leder-pst");
    }

    @Test
    void nobodyChangesThemselvesAndOnlyAnAdministratorChangesAnything() {
        assertThatThrownBy(() -> directory.grant("admin", from(MembershipKind.SLT_COORDINATOR, "3201"), user("admin")))
                .isInstanceOf(SelfAdministrationException.class).hasMessage("admin.error.self");
        assertThatThrownBy(() -> directory.deactivate("admin", user("admin")))
                .isInstanceOf(SelfAdministrationException.class);
        for (String outsider : new String[] {"slt", "pst", "personvern", "politi"}) {
            assertThatThrownBy(() -> directory.grant("skole", from(MembershipKind.DEPUTY, "3201"), user(outsider)))
                    .as(outsider).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> directory.deactivate("skole", user(outsider))).as(outsider)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> directory.addMunicipality(new Municipality("3301", "Drammen", "D", "sor-ost"),
                    user(outsider))).isInstanceOf(AccessDeniedException.class);
        }
        // A CurrentUser that claims ADMIN is not enough: the administrator's membership must be in force now.
        CurrentUser forged = new CurrentUser("slt", "x", ServiceUnit.SLT, "3201", null,
                java.util.Set.of(Role.ADMIN), java.util.Set.of());
        assertThatThrownBy(() -> directory.deactivate("skole", forged)).isInstanceOf(AccessDeniedException.class);
        assertThat(signIn.refresh("skole")).isPresent();
    }

    @Test
    void aNewMunicipalityAndAChangedOneAreSeenAtOnce() {
        assertThat(users.municipality("3201").name()).isEqualTo("Bærum");
        Municipality drammen = directory.addMunicipality(new Municipality("3301", "Drammen", "DR", "sor-ost"),
                user("admin"));
        assertThat(users.municipality("3301")).isEqualTo(drammen);
        directory.updateMunicipality(new Municipality("3201", "Bærum kommune", "B", "oslo"), user("admin"));
        assertThat(users.municipality("3201").name()).isEqualTo("Bærum kommune");

        assertThatThrownBy(() -> directory.addMunicipality(new Municipality("3302", "X", "B", "oslo"), user("admin")))
                .hasMessage("admin.error.duplicatePrefix");
        assertThatThrownBy(() -> directory.addMunicipality(new Municipality("3201", "X", "XX", "oslo"), user("admin")))
                .hasMessage("admin.error.duplicateMunicipality");
        assertThatThrownBy(() -> directory.addMunicipality(new Municipality("330", "X", "Q", "oslo"), user("admin")))
                .hasMessage("admin.error.municipalityCode");
        assertThatThrownBy(() -> directory.addMunicipality(new Municipality("3303", "X", "q1", "oslo"), user("admin")))
                .hasMessage("admin.error.referencePrefix");
        assertThatThrownBy(() -> directory.addMunicipality(new Municipality("3303", "X", "Q", "nowhere"),
                user("admin"))).hasMessage("admin.error.unknownDistrict");
        assertThatThrownBy(() -> directory.addPoliceDistrict("oslo", "Oslo", user("admin")))
                .hasMessage("admin.error.duplicateDistrict");
        directory.addPoliceDistrict("vest", "Vest politidistrikt", user("admin"));
        assertThat(directory.policeDistricts()).extracting(d -> d.code()).contains("oslo", "sor-ost", "vest");
    }

    @Test
    void aLocalAccountGetsAStrongOneTimePasswordStoredOnlyAsAHash() {
        Directory.CreatedLocalAccount created = directory.createLocalAccount("ny-laerer", "Nils Ny", "nils@example.org",
                new Employment(ServiceUnit.SCHOOL, "3201", null), user("admin"));
        assertThat(created.oneTimePassword()).hasSize(16).matches("[A-Za-z2-9]+");
        UserAccount stored = accounts.findById("ny-laerer").orElseThrow();
        assertThat(stored.passwordHash()).doesNotContain(created.oneTimePassword())
                .startsWith("{bcrypt}").isNotEqualTo(created.oneTimePassword());
        assertThat(encoder.matches(created.oneTimePassword(), stored.passwordHash())).isTrue();
        assertThat(stored.passwordChangeRequired()).isTrue();
        assertThat(created.account().status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(created.account().localPassword()).isTrue();
        assertThat(user("ny-laerer").roles()).as("no membership yet").isEmpty();
        assertThat(directory.createLocalAccount("ny-2", "N", null, new Employment(ServiceUnit.SCHOOL, "3201", null),
                user("admin")).oneTimePassword()).isNotEqualTo(created.oneTimePassword());

        assertThatThrownBy(() -> directory.createLocalAccount("skole", "S", null,
                new Employment(ServiceUnit.SCHOOL, "3201", null), user("admin"))).hasMessage("admin.error.duplicateUsername");
        assertThatThrownBy(() -> directory.createLocalAccount("ny-3", "S", null,
                new Employment(ServiceUnit.POLICE_PREVENTION, "3201", null), user("admin")))
                .hasMessage("admin.error.employment");
        assertThat(directory.accounts(Optional.of(AccountStatus.ACTIVE))).extracting(a -> a.username())
                .contains("ny-laerer", "skole");
    }
}
