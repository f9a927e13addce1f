package no.samvirke.identity;

import java.util.Optional;

/** How identity's sign-in (OIDC log-in, bearer tokens) finds the Samvirke account of an external identity. */
public interface ExternalSignIn {

    /**
     * A browser sign-in: the account linked to (provider, externalId); on the first sign-in a pending
     * account is created, with employment and proposed memberships pre-filled from the group claims
     * by the configured mapping. Display name and e-mail are refreshed from the provider.
     */
    SignInOutcome signIn(ExternalIdentity identity);

    /** A bearer token: only an active account, and nothing is created. */
    Optional<CurrentUser> findActive(String provider, String externalId);

    /** The user as signed in now, or empty if the account is no longer active (checked on every request). */
    Optional<CurrentUser> refresh(String username);
}
