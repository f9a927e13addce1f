package no.samvirke.review.internal;

import java.time.Clock;
import no.samvirke.identity.Users;
import no.samvirke.notification.NotificationLinkedToCase;
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

    /**
     * No personal data, and not the notification's reference either: the timeline is read by the
     * whole kjernegruppe, also by members who see the case only anonymised, and the reference would
     * lead them to the notification's name in their handoff log. Who may see the link finds it there.
     */
    static String reasons(NotificationLinkedToCase event) {
        return event.openedForIt() ? "Varsel mottatt i kommunen; saken ble opprettet for varselet."
                : "Varsel mottatt i kommunen og knyttet til saken.";
    }
}
