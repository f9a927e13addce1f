package no.samvirke.sharing;

/** A resource person's access to one case right now. */
public enum ResourceAccess {
    /** Granted and within its period, but the confidentiality declaration is not yet accepted. */
    AWAITING_DECLARATION,
    /** Granted, within its period and declaration accepted: the case opens. */
    ACTIVE
}
