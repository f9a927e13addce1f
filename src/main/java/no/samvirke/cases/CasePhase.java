package no.samvirke.cases;

/**
 * Where a case stands, as a coordinator filters by it. Derived from the case's processes (which
 * activities are active, which tasks are open, which timers wait), never typed by a user. A case may
 * stand in more than one phase at once (a clarification talk runs beside the follow-up); its
 * {@code primary} phase is the first of these values that applies, in this order.
 */
public enum CasePhase {
    /** The SLT coordinator's screening (or its overdue escalation) is open. */
    SCREENING,
    /** The kjernegruppe's review is open. */
    KJERNEGRUPPE_REVIEW,
    /** A 6- or 12-month review after closure, or a follow-up review, is open as a task. */
    REVIEW_DUE,
    /** The police's clarification talk (call activity) runs. */
    CLARIFICATION_TALK,
    /** A returnee or family follow-up started by the notification routine runs. */
    NOTIFICATION_FOLLOW_UP,
    /** Decided for follow-up by the ordinary services; waits for its follow-up review. */
    FOLLOW_UP,
    /** Closed (it may still wait for a review after 6 or 12 months). */
    CLOSED
}
