package no.samvirke.notification;

import java.util.Locale;
import java.util.UUID;

/** The short, non-personal reference of a notification shown to people: V- and the start of its id. */
public final class NotificationReference {

    private NotificationReference() {
    }

    public static String of(UUID notificationId) {
        return "V-" + notificationId.toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }
}
