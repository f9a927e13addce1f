package no.samvirke.sharing.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import no.samvirke.identity.CurrentUser;
import no.samvirke.identity.Role;
import no.samvirke.identity.ServiceUnit;
import org.junit.jupiter.api.Test;

/** Which consent recipients cover which viewer. */
class RecipientCategoryTest {

    private static CurrentUser user(ServiceUnit service, Set<Role> roles, Set<String> kjernegruppe) {
        return new CurrentUser("u", "U", service, "3201", null, roles, kjernegruppe);
    }

    @Test
    void thePoliceAreCoveredOnlyByPoliceEvenAsKjernegruppeMembers() {
        CurrentUser politi = user(ServiceUnit.POLICE_PREVENTION, Set.of(Role.POLICE_CONTACT, Role.KJERNEGRUPPE),
                Set.of("3201"));

        assertThat(RecipientCategory.of(politi, "3201")).containsExactly(RecipientCategory.POLICE);
    }

    @Test
    void pstIsCoveredOnlyByPst() {
        assertThat(RecipientCategory.of(user(ServiceUnit.PST, Set.of(Role.PST_LIAISON), Set.of()), "3201"))
                .containsExactly(RecipientCategory.PST);
    }

    @Test
    void aMunicipalKjernegruppeMemberIsCoveredByTheirServiceOrTheKjernegruppeOfThatMunicipality() {
        CurrentUser kjerne = user(ServiceUnit.CHILD_WELFARE, Set.of(Role.KJERNEGRUPPE), Set.of("3201"));

        assertThat(RecipientCategory.of(kjerne, "3201"))
                .containsExactlyInAnyOrder(RecipientCategory.CHILD_WELFARE, RecipientCategory.KJERNEGRUPPE);
        assertThat(RecipientCategory.of(kjerne, "3203")).containsExactly(RecipientCategory.CHILD_WELFARE);
    }

    @Test
    void servicesWithoutACategoryAreCoveredOnlyThroughTheKjernegruppe() {
        CurrentUser slt = user(ServiceUnit.SLT, Set.of(Role.SLT_COORDINATOR, Role.KJERNEGRUPPE), Set.of("3201"));
        CurrentUser teacher = user(ServiceUnit.SCHOOL, Set.of(Role.FRONTLINE), Set.of());

        assertThat(RecipientCategory.of(slt, "3201")).containsExactly(RecipientCategory.KJERNEGRUPPE);
        assertThat(RecipientCategory.of(teacher, "3201")).containsExactly(RecipientCategory.SCHOOL);
    }
}
