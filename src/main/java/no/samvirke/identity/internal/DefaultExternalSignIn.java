package no.samvirke.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import no.samvirke.identity.AccountStatus;
import no.samvirke.identity.CurrentUser;
import no.samvirke.identity.Employment;
import no.samvirke.identity.ExternalIdentity;
import no.samvirke.identity.ExternalSignIn;
import no.samvirke.identity.MembershipGrant;
import no.samvirke.identity.SignInOutcome;
import no.samvirke.identity.internal.IdentitySettings.GroupMapping;
import no.samvirke.identity.internal.IdentitySettings.ProposedMembership;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the Samvirke account of an external identity (ADR 0029). A first sign-in creates a pending
 * account whose username is derived from the provider and a hash of the external id, never from
 * a name or e-mail: the username is what the process engine stores as assignee.
 */
@Service
@Transactional
class DefaultExternalSignIn implements ExternalSignIn {

    private static final Logger log = LoggerFactory.getLogger(DefaultExternalSignIn.class);
    static final String MAPPED_BY = "group-mapping";

    private final UserAccountRepository accounts;
    private final MembershipRepository memberships;
    private final MembershipRules rules;
    private final SignedInUsers signedIn;
    private final IdentitySettings settings;
    private final Clock clock;

    DefaultExternalSignIn(UserAccountRepository accounts, MembershipRepository memberships, MembershipRules rules,
                          SignedInUsers signedIn, IdentitySettings settings, Clock clock) {
        this.accounts = accounts;
        this.memberships = memberships;
        this.rules = rules;
        this.signedIn = signedIn;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public SignInOutcome signIn(ExternalIdentity identity) {
        requireIdentity(identity.provider(), identity.externalId());
        Optional<UserAccount> known = accounts.findByProviderAndExternalId(identity.provider(), identity.externalId());
        if (known.isEmpty()) {
            UserAccount created = firstSignIn(identity);
            return new SignInOutcome.Pending(created.username(), created.displayName());
        }
        UserAccount account = known.get();
        account.signedIn(identity.displayName(), identity.email(), clock.instant());
        signedIn.changed(account.username());
        return switch (account.status()) {
            case ACTIVE -> Optional.ofNullable(signedIn.user(account))
                    .<SignInOutcome>map(SignInOutcome.Active::new)
                    .orElseGet(() -> new SignInOutcome.Pending(account.username(), account.displayName()));
            case PENDING -> new SignInOutcome.Pending(account.username(), account.displayName());
            case DEACTIVATED -> new SignInOutcome.Deactivated(account.username());
        };
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CurrentUser> findActive(String provider, String externalId) {
        if (provider == null || externalId == null) {
            return Optional.empty();
        }
        return accounts.findByProviderAndExternalId(provider, externalId)
                .flatMap(account -> signedIn.active(account.username()));
    }

    @Override
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Optional<CurrentUser> refresh(String username) {
        return signedIn.active(username);
    }

    private UserAccount firstSignIn(ExternalIdentity identity) {
        String username = newUsername(identity.provider(), identity.externalId());
        String name = identity.displayName() == null || identity.displayName().isBlank()
                ? username : truncate(identity.displayName().trim(), 100);
        LocalDate today = signedIn.today();
        // The groups in name order, so that the same claims always pre-fill the same employment.
        Employment employment = null;
        for (String group : new TreeSet<>(identity.groups())) {
            GroupMapping mapping = settings.groupMapping().get(group);
            if (mapping != null && mapping.service() != null && employment == null) {
                employment = new Employment(mapping.service(), mapping.municipality(), mapping.policeDistrict());
            }
        }
        UserAccount account = accounts.save(UserAccount.external(username, identity.provider(), identity.externalId(),
                name, identity.email() == null ? null : truncate(identity.email().trim(), 254), employment,
                AccountStatus.PENDING, clock.instant()));
        account.signedIn(null, null, clock.instant());
        if (employment != null) {
            for (String group : new TreeSet<>(identity.groups())) {
                GroupMapping mapping = settings.groupMapping().get(group);
                if (mapping == null) {
                    continue;
                }
                for (ProposedMembership proposed : mapping.memberships()) {
                    propose(username, employment, proposed, today);
                }
            }
        }
        log.info("First sign-in through {}: pending account {} created", identity.provider(), username);
        return account;
    }

    private void propose(String username, Employment employment, ProposedMembership proposed, LocalDate today) {
        try {
            MembershipGrant grant = rules.check(employment,
                    new MembershipGrant(proposed.kind(), proposed.scope(), today, null));
            boolean already = memberships.findByUsername(username).stream()
                    .anyMatch(m -> m.kind() == grant.kind() && java.util.Objects.equals(m.scopeCode(), grant.scopeCode()));
            if (!already) {
                memberships.save(new MembershipEntity(username, grant.kind(), grant.scopeCode(), today, null, true,
                        MAPPED_BY, clock.instant()));
            }
        } catch (IllegalArgumentException misconfigured) {
            log.warn("Group mapping proposes {} that does not fit the mapped employment ({}); not proposed",
                    proposed.kind(), misconfigured.getMessage());
        }
    }

    /** e.g. {@code entra-3f9a0c12d4}: the provider, and the first hex digits of a hash of the external id. */
    String newUsername(String provider, String externalId) {
        String prefix = provider.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        prefix = prefix.isEmpty() ? "sso" : truncate(prefix, 20);
        String hash = sha256(provider + "\n" + externalId);
        for (int length = 10; length <= 28; length += 2) {
            String candidate = prefix + "-" + hash.substring(0, length);
            if (!accounts.existsById(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("No free username for a new external account");
    }

    private static void requireIdentity(String provider, String externalId) {
        if (provider == null || provider.isBlank() || externalId == null || externalId.isBlank()) {
            throw new IllegalArgumentException("An external identity needs a provider and an external id");
        }
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
