package no.samvirke.review.internal;

import java.time.Clock;
import no.samvirke.identity.Users;
import no.samvirke.notification.NotificationLinkedToCase;
import no.samvirke.notification.NotificationReference;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A notification of outbound travel, return or death that reached the municipality and was
 * linked to a case shows on that case's timeline for the kjernegruppe: what kind, from which
 * agency, and who received it. Codes only; the notification itself stays in its module.
 */
@Component
class NotificationOnTimeline {

    static final String TASK_KEY = "notification";
    static final String LEGAL_BASIS = "Varslingsrutinen (tiltak 29, 36, 37)";

    private final TimelineRecorder recorder;
    private final Users users;
    private final Clock clock;

    NotificationOnTimeline(TimelineRecorder recorder, Users users, Clock clock) {
        this.recorder = recorder;
        this.users = users;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(NotificationLinkedToCase event) {
        users.find(event.receivedBy()).ifPresent(receiver -> recorder.record(new ReviewEntry(event.caseId(),
                TASK_KEY, event.notificationId().toString(), receiver, clock.instant(),
                Recorded.of(event.type().name() + "_FROM_" + event.origin().name(), reasons(event))), receiver,
                LEGAL_BASIS));
    }

    /** No personal data: which notification, and whether the case was opened for it. */
    static String reasons(NotificationLinkedToCase event) {
        String reference = NotificationReference.of(event.notificationId());
        return event.openedForIt() ? "Varsel " + reference + " mottatt i kommunen; saken ble opprettet for varselet."
                : "Varsel " + reference + " mottatt i kommunen og knyttet til saken.";
    }
}
