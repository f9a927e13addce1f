package no.samvirke.notification.internal;

import no.samvirke.sharing.NotificationDisclosures;

/** The facts the sharing gate decides a notification on: ids, source and the harm assessment only. */
public final class NotificationFacts {

    private NotificationFacts() {
    }

    public static NotificationDisclosures.Facts of(Notification n) {
        return new NotificationDisclosures.Facts(n.id(), n.originService(),
                n.harmAssessment() == HarmAssessment.CLEARED);
    }
}
