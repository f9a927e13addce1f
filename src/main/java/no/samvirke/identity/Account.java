package no.samvirke.identity;

import java.time.Instant;

/**
 * A person's account as administrators see it: no password and no case contents. {@code provider} is
 * the OIDC provider's registration id for a single sign-on account, null for a local account.
 * {@code employment} is null while the account is pending and nothing was pre-filled.
 */
public record Account(String username, String displayName, String email, AccountStatus status,
                      Employment employment, String provider, boolean localPassword, Instant createdAt,
                      Instant lastSignInAt) {
}
