package no.samvirke.identity;

/**
 * An account was deactivated: whatever remembers that person's sign-in (sessions, verified
 * credentials) forgets it, so the next request is refused. Carries the username only.
 */
public record AccountDeactivated(String username) {
}
