package no.samvirke.notification.internal;

/** Where a notification stands in the routine. */
public enum NotificationStatus {
    /** A handoff awaits its receipt. */
    OPEN,
    /** The municipality may not be told yet: PST (or the police) must assess again. */
    AWAITING_HARM_ASSESSMENT,
    /** The harm assessment keeps the municipality out; the routine ended without telling it. */
    WITHHELD,
    /** Every agency of the route has acknowledged it. */
    COMPLETED
}
