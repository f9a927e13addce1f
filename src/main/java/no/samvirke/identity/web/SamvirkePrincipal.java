package no.samvirke.identity.web;

import no.samvirke.identity.CurrentUser;

/**
 * A signed-in principal that carries the Samvirke user: a local account (form log-in, HTTP Basic),
 * a single sign-on session or a bearer token. {@link #user()} is null while the account is pending
 * (signed in through a provider, no access yet): such a principal sees nothing.
 */
public interface SamvirkePrincipal {

    CurrentUser user();
}
