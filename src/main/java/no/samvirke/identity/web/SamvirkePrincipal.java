package no.samvirke.identity.web;

import no.samvirke.identity.CurrentUser;

/**
 * A signed-in principal that carries the Samvirke user: a local account (form log-in, HTTP Basic),
 * a single sign-on session or a bearer token. {@link #user()} is null while the account is pending
 * (signed in through a provider, no access yet): such a principal sees nothing.
 */
public interface SamvirkePrincipal {

    CurrentUser user();

    /**
     * The same principal with the account as it is now (memberships changed or ended since the
     * sign-in); null where the principal cannot be renewed in place.
     */
    default SamvirkePrincipal renewedWith(CurrentUser now) {
        return null;
    }
}
