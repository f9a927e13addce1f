package no.samvirke.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.samvirke.identity.CurrentUser;
import no.samvirke.identity.Employment;
import no.samvirke.identity.MembershipKind;
import no.samvirke.identity.Role;
import no.samvirke.identity.ServiceUnit;
import org.junit.jupiter.api.Test;

/** What a person may do is what their memberships give on that day: not before, not after, not proposed. */
class UserAccountTest {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 15);
    private static final Instant NOW = Instant.parse("2026-06-15T10:00:00Z");

    private final UserAccount politi = UserAccount.local("p", "hash", "P", null,
            new Employment(ServiceUnit.POLICE_PREVENTION, null, "oslo"), false, NOW);

    private MembershipEntity m(MembershipKind kind, String scope, LocalDate from, LocalDate to, boolean proposed) {
        return new MembershipEntity("p", kind, scope, from, to, proposed, "admin", NOW);
    }

    @Test
    void onlyMembershipsInForceThatDayCount() {
        List<MembershipEntity> memberships = List.of(
                m(MembershipKind.POLICE_CONTACT, "oslo", DAY.minusYears(1), null, false),
                m(MembershipKind.KJERNEGRUPPE, "3201", DAY.minusYears(1), DAY, false),
                m(MembershipKind.KJERNEGRUPPE, "3203", DAY.minusYears(1), DAY.minusDays(1), false),
                m(MembershipKind.KJERNEGRUPPE, "3205", DAY.plusDays(1), null, false),
                m(MembershipKind.DEPUTY, "oslo", DAY.minusDays(3), null, true));

        CurrentUser today = politi.toCurrentUser(memberships, DAY);
        assertThat(today.roles()).containsExactlyInAnyOrder(Role.POLICE_CONTACT, Role.KJERNEGRUPPE);
        assertThat(today.kjernegruppeMunicipalities()).containsExactly("3201");
        assertThat(today.isKjernegruppeMemberOf("3203")).as("ended yesterday").isFalse();
        assertThat(today.candidateGroups()).containsExactlyInAnyOrder("kjernegruppe-3201",
                "kjernegruppe-politi-3201", "politi-oslo");

        CurrentUser tomorrow = politi.toCurrentUser(memberships, DAY.plusDays(1));
        assertThat(tomorrow.kjernegruppeMunicipalities()).containsExactly("3205");
        assertThat(tomorrow.hasRole(Role.DEPUTY)).as("proposed, never approved").isFalse();

        CurrentUser later = politi.toCurrentUser(List.of(memberships.get(1)), DAY.plusDays(1));
        assertThat(later.roles()).as("the only membership has ended").isEmpty();
        assertThat(later.candidateGroups()).isEmpty();
    }

    @Test
    void withoutAnEmploymentThereIsNoUser() {
        UserAccount pending = UserAccount.external("entra-1", "entra", "x", "X", null, null,
                no.samvirke.identity.AccountStatus.PENDING, NOW);
        assertThat(pending.toCurrentUser(List.of(m(MembershipKind.ADMIN, null, DAY, null, false)), DAY)).isNull();
        assertThat(pending.active()).isFalse();
    }
}
