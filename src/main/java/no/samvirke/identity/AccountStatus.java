package no.samvirke.identity;

/** Where an account stands: waiting for an administrator, in use, or switched off. */
public enum AccountStatus {
    /** Signed in once through a provider and has no access yet: sees only "du har ikke tilgang ennå". */
    PENDING,
    ACTIVE,
    /** Takes effect on the next request: sessions and cached credentials are dropped. */
    DEACTIVATED
}
