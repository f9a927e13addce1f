package no.samvirke.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import no.samvirke.identity.AccountStatus;
import no.samvirke.identity.CurrentUser;
import no.samvirke.identity.Directory;
import no.samvirke.identity.Employment;
import no.samvirke.identity.ExternalIdentity;
import no.samvirke.identity.ExternalSignIn;
import no.samvirke.identity.Membership;
import no.samvirke.identity.MembershipKind;
import no.samvirke.identity.Role;
import no.samvirke.identity.ServiceUnit;
import no.samvirke.identity.SignInOutcome;
import no.samvirke.identity.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

/** Sign-in through a provider: a first sign-in is pending and sees nothing until an administrator approves. */
@SpringBootTest(properties = {
        "samvirke.identity.group-mapping[baerum-skole].service=SCHOOL",
        "samvirke.identity.group-mapping[baerum-skole].municipality=3201",
        "samvirke.identity.group-mapping[baerum-skole].memberships[0].kind=FRONTLINE",
        "samvirke.identity.group-mapping[baerum-skole].memberships[0].scope=3201",
        "samvirke.identity.group-mapping[baerum-kjernegruppe].memberships[0].kind=KJERNEGRUPPE",
        "samvirke.identity.group-mapping[baerum-kjernegruppe].memberships[0].scope=3201",
        "samvirke.identity.group-mapping[baerum-kjernegruppe].memberships[1].kind=PST_LIAISON"})
@Transactional
class DefaultExternalSignInTest {

    @Autowired ExternalSignIn signIn;
    @Autowired Directory directory;
    @Autowired Users users;

    private CurrentUser admin() {
        return users.find("admin").orElseThrow();
    }

    @Test
    void aFirstSignInIsPendingWithAUsernameThatNamesNobodyAndSeesNothing() {
        ExternalIdentity anna = new ExternalIdentity("entra", "0f1e2d3c-aaaa-bbbb", "Anna Andersen",
                "anna.andersen@baerum.kommune.no", Set.of());
        SignInOutcome first = signIn.signIn(anna);
        assertThat(first).isInstanceOf(SignInOutcome.Pending.class);
        String username = ((SignInOutcome.Pending) first).username();
        assertThat(username).startsWith("entra-").hasSizeLessThanOrEqualTo(50)
                .doesNotContainIgnoringCase("anna").doesNotContainIgnoringCase("andersen")
                .doesNotContain("baerum").doesNotContain("0f1e2d3c");
        assertThat(((SignInOutcome.Pending) first).displayName()).isEqualTo("Anna Andersen");

        assertThat(signIn.refresh(username)).as("a pending account sees nothing").isEmpty();
        assertThat(signIn.findActive("entra", "0f1e2d3c-aaaa-bbbb")).isEmpty();
        assertThat(users.find(username)).as("no employment, no user").isEmpty();
        assertThat(directory.account(username).orElseThrow().status()).isEqualTo(AccountStatus.PENDING);
        assertThat(directory.account(username).orElseThrow().localPassword()).isFalse();

        SignInOutcome again = signIn.signIn(new ExternalIdentity("entra", "0f1e2d3c-aaaa-bbbb", "Anna A. Berg",
                "anna.berg@baerum.kommune.no", Set.of()));
        assertThat(again).isEqualTo(new SignInOutcome.Pending(username, "Anna A. Berg"));
        assertThat(directory.account(username).orElseThrow().email()).isEqualTo("anna.berg@baerum.kommune.no");
        assertThat(directory.account(username).orElseThrow().lastSignInAt()).isNotNull();

        // The same subject of another provider is another person.
        SignInOutcome other = signIn.signIn(new ExternalIdentity("idporten", "0f1e2d3c-aaaa-bbbb", "X", null, Set.of()));
        assertThat(((SignInOutcome.Pending) other).username()).isNotEqualTo(username).startsWith("idporten-");
    }

    @Test
    void groupClaimsProposeAnEmploymentAndMembershipsThatCountOnlyAfterApproval() {
        SignInOutcome first = signIn.signIn(new ExternalIdentity("entra", "sub-42", "Kari Nordmann", null,
                Set.of("baerum-skole", "baerum-kjernegruppe", "unmapped")));
        String username = ((SignInOutcome.Pending) first).username();
        assertThat(directory.account(username).orElseThrow().employment())
                .isEqualTo(new Employment(ServiceUnit.SCHOOL, "3201", null));
        assertThat(directory.memberships(username)).extracting(Membership::kind, Membership::scopeCode,
                        Membership::proposed)
                .as("PST_LIAISON does not fit a school employee and is not proposed")
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(MembershipKind.FRONTLINE, "3201", true),
                        org.assertj.core.groups.Tuple.tuple(MembershipKind.KJERNEGRUPPE, "3201", true));
        assertThat(signIn.refresh(username)).isEmpty();

        directory.approve(username, new Employment(ServiceUnit.SCHOOL, "3201", null), admin());
        CurrentUser approved = signIn.refresh(username).orElseThrow();
        assertThat(approved.roles()).containsExactlyInAnyOrder(Role.FRONTLINE, Role.KJERNEGRUPPE);
        assertThat(approved.isKjernegruppeMemberOf("3201")).isTrue();
        assertThat(signIn.findActive("entra", "sub-42")).contains(approved);
        assertThat(signIn.signIn(new ExternalIdentity("entra", "sub-42", "Kari Nordmann", null, Set.of())))
                .isEqualTo(new SignInOutcome.Active(approved));
    }

    @Test
    void aDeactivatedAccountIsToldSoAndRefreshFindsNobody() {
        String username = ((SignInOutcome.Pending) signIn.signIn(
                new ExternalIdentity("entra", "sub-7", "Ola", null, Set.of("baerum-skole")))).username();
        directory.approve(username, new Employment(ServiceUnit.SCHOOL, "3201", null), admin());
        assertThat(signIn.refresh(username)).isPresent();

        directory.deactivate(username, admin());
        assertThat(signIn.refresh(username)).isEmpty();
        assertThat(signIn.findActive("entra", "sub-7")).isEmpty();
        assertThat(signIn.signIn(new ExternalIdentity("entra", "sub-7", "Ola", null, Set.of())))
                .isEqualTo(new SignInOutcome.Deactivated(username));

        directory.reactivate(username, admin());
        assertThat(signIn.refresh(username).orElseThrow().roles()).containsExactly(Role.FRONTLINE);
    }
}
