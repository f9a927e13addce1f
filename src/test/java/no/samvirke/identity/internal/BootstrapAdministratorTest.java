package no.samvirke.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Map;
import no.samvirke.identity.AccountStatus;
import no.samvirke.identity.ExternalSignIn;
import no.samvirke.identity.Role;
import no.samvirke.identity.Users;
import no.samvirke.identity.internal.IdentitySettings.BootstrapAdmin;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

/** The first administrator of an empty database, and never a second one while an administrator exists. */
@SpringBootTest
@Transactional
class BootstrapAdministratorTest {

    @Autowired UserAccountRepository accounts;
    @Autowired MembershipRepository memberships;
    @Autowired DefaultUsers users;
    @Autowired Users usersApi;
    @Autowired SignedInUsers signedIn;
    @Autowired PasswordEncoder encoder;
    @Autowired ExternalSignIn signIn;
    @Autowired Clock clock;

    private BootstrapAdministrator bootstrap(String provider, String subject, String local) {
        return new BootstrapAdministrator(new IdentitySettings(Map.of(), new BootstrapAdmin(provider, subject, local)),
                accounts, memberships, users, signedIn, encoder, clock);
    }

    /** As on an empty database: the demo administrator is switched off. */
    private void noActiveAdministrator() {
        accounts.findById("admin").orElseThrow().status(AccountStatus.DEACTIVATED);
        accounts.flush();
        assertThat(usersApi.administrators()).isEmpty();
    }

    @Test
    void neverRunsWhileAnAdministratorExists() {
        bootstrap("entra", "boss", null).run(null);
        bootstrap(null, null, "root").run(null);
        assertThat(accounts.findByProviderAndExternalId("entra", "boss")).isEmpty();
        assertThat(accounts.existsById("root")).isFalse();
        assertThat(usersApi.administrators()).containsExactly("admin");
    }

    @Test
    void anExternalIdentityBecomesTheFirstAdministratorOnce() {
        noActiveAdministrator();
        bootstrap("entra", "boss", null).run(null);
        UserAccount boss = accounts.findByProviderAndExternalId("entra", "boss").orElseThrow();
        assertThat(boss.active()).isTrue();
        assertThat(boss.passwordHash()).isNull();
        assertThat(signIn.findActive("entra", "boss").orElseThrow().roles()).containsExactly(Role.ADMIN);
        assertThat(usersApi.administrators()).containsExactly(boss.username());

        bootstrap("entra", "boss", null).run(null);
        bootstrap(null, null, "root").run(null);
        assertThat(memberships.findByUsername(boss.username())).hasSize(1);
        assertThat(accounts.existsById("root")).as("an administrator exists now").isFalse();
    }

    @Test
    void aLocalFirstAdministratorMustChangeTheOneTimePassword() {
        noActiveAdministrator();
        bootstrap(null, null, "root").run(null);
        UserAccount root = accounts.findById("root").orElseThrow();
        assertThat(root.passwordChangeRequired()).isTrue();
        assertThat(root.passwordHash()).startsWith("{bcrypt}");
        assertThat(usersApi.administrators()).containsExactly("root");
        assertThat(usersApi.find("root").orElseThrow().roles()).containsExactly(Role.ADMIN);
    }
}
