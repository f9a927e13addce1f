package no.samvirke.notification;

/** The three events of the notification routine (utreise, hjemkomst, dødsfall). */
public enum NotificationType {
    OUTBOUND_TRAVEL, RETURN, DEATH
}
