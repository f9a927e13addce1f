package no.samvirke.review.internal;

import java.util.Set;
import no.samvirke.followup.FollowUpStepRecorded;
import no.samvirke.identity.CurrentUser;
import no.samvirke.identity.ServiceUnit;
import no.samvirke.identity.Users;
import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The case timeline shows the follow-up's steps (started, contact made, plan made, ended by a
 * death, …) in the recording transaction. Steps the routine took itself are recorded as by
 * {@value #ROUTINE}, the SLT service's routine; their text is empty.
 */
@Component
class FollowUpTimelineListener {

    static final String ROUTINE = "samvirke";

    private final TimelineRecorder recorder;
    private final Users users;
    private final Clock clock;

    FollowUpTimelineListener(TimelineRecorder recorder, Users users, Clock clock) {
        this.recorder = recorder;
        this.users = users;
        this.clock = clock;
    }

    @EventListener
    void on(FollowUpStepRecorded step) {
        CurrentUser by = step.username() == null ? routine()
                : users.find(step.username()).orElseThrow(() -> new IllegalStateException("Unknown user"));
        Recorded what = Recorded.of(step.outcome(), step.note() == null ? "" : step.note());
        recorder.record(new ReviewEntry(step.caseId(), step.taskKey(), step.taskId(), by, clock.instant(), what)
                .ofNotification(step.notificationId()), by, TimelineRecorder.CASE_HANDLING);
    }

    private static CurrentUser routine() {
        return new CurrentUser(ROUTINE, "Samvirke", ServiceUnit.SLT, null, null, Set.of(), Set.of());
    }
}
