package no.samvirke.review.internal;

import no.samvirke.clarification.ClarificationTalkConcluded;
import no.samvirke.clarification.ClarificationTalks;
import no.samvirke.identity.CurrentUser;
import no.samvirke.identity.Users;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A concern's clarification talk ended: the timeline gets an entry written by the police officer
 * who concluded it (outcome code, assessment reasons or recommendation, next steps), so that the
 * kjernegruppe reads it, as sharing discloses police text to each member, when the case returns to
 * review. Runs in the transaction that concluded the talk (as ADR 0007): both or neither are stored.
 */
@Component
class ClarificationTimeline {

    private final ClarificationTalks talks;
    private final TimelineRecorder recorder;
    private final Users users;

    ClarificationTimeline(ClarificationTalks talks, TimelineRecorder recorder, Users users) {
        this.talks = talks;
        this.recorder = recorder;
        this.users = users;
    }

    @EventListener
    void on(ClarificationTalkConcluded event) {
        talks.conclusion(event.talkId()).ifPresent(talk -> {
            CurrentUser author = users.find(talk.authorUsername()).orElseThrow();
            recorder.record(ReviewEntry.clarificationTalk(talk, author), author, TimelineRecorder.CASE_HANDLING);
        });
    }
}
