package no.samvirke.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import no.samvirke.identity.AccountStatus;
import no.samvirke.identity.Employment;
import no.samvirke.identity.MembershipKind;
import no.samvirke.identity.ServiceUnit;
import no.samvirke.identity.internal.IdentitySettings.BootstrapAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first administrator of an empty database (ADR 0029), from {@code samvirke.identity.bootstrap-admin}:
 * an external identity made an active administrator, or a local administrator whose one-time password
 * is written to the log once. Does nothing while an active administrator exists.
 */
@Component
@Order(1)
class BootstrapAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdministrator.class);
    static final String GRANTED_BY = "bootstrap";

    private final IdentitySettings settings;
    private final UserAccountRepository accounts;
    private final MembershipRepository memberships;
    private final DefaultUsers users;
    private final SignedInUsers signedIn;
    private final PasswordEncoder encoder;
    private final Clock clock;

    BootstrapAdministrator(IdentitySettings settings, UserAccountRepository accounts, MembershipRepository memberships,
                           DefaultUsers users, SignedInUsers signedIn, PasswordEncoder encoder, Clock clock) {
        this.settings = settings;
        this.accounts = accounts;
        this.memberships = memberships;
        this.users = users;
        this.signedIn = signedIn;
        this.encoder = encoder;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        BootstrapAdmin wanted = settings.bootstrapAdmin();
        boolean external = present(wanted.provider()) && present(wanted.subject());
        boolean local = present(wanted.local());
        if (!external && !local) {
            return;
        }
        if (!users.administrators().isEmpty()) {
            log.info("Bootstrap administrator not created: an active administrator exists");
            return;
        }
        Instant now = clock.instant();
        Employment employment = new Employment(ServiceUnit.ADMINISTRATION, null, null);
        UserAccount account;
        if (external) {
            account = accounts.findByProviderAndExternalId(wanted.provider(), wanted.subject()).orElseGet(() ->
                    accounts.save(UserAccount.external(GRANTED_BY + "-admin-" + wanted.provider().toLowerCase()
                                    .replaceAll("[^a-z0-9]", ""), wanted.provider(), wanted.subject(),
                            "Administrator", null, employment, AccountStatus.ACTIVE, now)));
            if (account.employment() == null) {
                account.employ(employment);
            }
            account.status(AccountStatus.ACTIVE);
            log.info("Bootstrap administrator {} linked to an identity of provider {}", account.username(),
                    wanted.provider());
        } else {
            if (accounts.existsById(wanted.local())) {
                log.warn("Bootstrap administrator not created: the username {} is taken", wanted.local());
                return;
            }
            String password = DefaultDirectory.oneTimePassword();
            account = accounts.save(UserAccount.local(wanted.local(), encoder.encode(password), "Administrator", null,
                    employment, true, now));
            // The only secret Samvirke ever writes to a log, once: the first administrator's one-time password,
            // which must be changed at the first sign-in.
            log.warn("Bootstrap administrator {} created. One-time password (shown once, must be changed at the"
                    + " first sign-in): {}", account.username(), password);
        }
        memberships.save(new MembershipEntity(account.username(), MembershipKind.ADMIN, null, signedIn.today(),
                null, false, GRANTED_BY, now));
        signedIn.changed(account.username());
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
