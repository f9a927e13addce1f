package no.samvirke.clarification.tasks;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.samvirke.clarification.internal.Assessment;
import no.samvirke.clarification.internal.ClarificationTalk;
import no.samvirke.clarification.internal.HeldTalk;
import no.samvirke.clarification.internal.ParticipantRole;
import no.samvirke.clarification.internal.TalkRecords;
import no.samvirke.clarification.internal.TalkStatus;
import no.samvirke.clarification.internal.Topic;
import no.samvirke.clarification.process.ClarificationProcess;
import no.samvirke.clarification.process.ClarificationProcess.Outcome;
import no.samvirke.clarification.process.ClarificationProcess.Vars;
import no.samvirke.identity.CurrentUser;
import no.samvirke.inbox.InboxTask;
import no.samvirke.inbox.TaskFormInput;
import no.samvirke.platform.WorkingDays;
import org.springframework.stereotype.Component;

/**
 * The structured record of the talk (PST's template): date, place, participants by role, whether the
 * guardians were present, topics, the assessment with reasons, next steps, whether a new talk is
 * planned, and the notes (police/PST only). Or: the talk did not take place and gets a new time.
 * A minor's talk is held with the guardians: without them it must be rescheduled.
 */
@Component
class RecordTalkForm extends TalkTaskForm {

    static final int PLACE_MAX = 200;

    private final TalkRecords records;
    private final Clock clock;

    RecordTalkForm(Support support, TalkRecords records, Clock clock) {
        super(support, ClarificationProcess.USER_RECORD_TALK, "record");
        this.records = records;
        this.clock = clock;
    }

    @Override
    Map<String, Object> formModel(ClarificationTalk talk) {
        return Map.of("results", List.of(Outcome.HELD, Outcome.RESCHEDULED), "roles", List.of(ParticipantRole.values()),
                "topics", List.of(Topic.values()), "assessments", List.of(Assessment.values()));
    }

    @Override
    Runnable read(TaskFormInput input, ClarificationTalk talk, InboxTask task, CurrentUser user) {
        Outcome result = input.choice("result", Outcome.class);
        input.requireUnlessInvalid(result == null || result == Outcome.HELD || result == Outcome.RESCHEDULED, "result", "clarification.error.invalidChoice");
        if (result != Outcome.HELD) {
            return () -> records.reschedule(task.processInstanceId(), user);
        }
        HeldTalk held = held(input, Boolean.TRUE.equals(talk.minor()));
        return () -> records.held(task.processInstanceId(), held, user);
    }

    private HeldTalk held(TaskFormInput input, boolean minor) {
        LocalDate heldOn = input.date("heldOn");
        input.requireUnlessInvalid(heldOn == null || !heldOn.isAfter(LocalDate.now(clock.withZone(WorkingDays.OSLO))), "heldOn",
                "clarification.error.dateInFuture");
        List<ParticipantRole> participants = input.choices("participants", ParticipantRole.class);
        input.requireUnlessInvalid(participants == null || participants.contains(ParticipantRole.SUBJECT), "participants",
                "clarification.error.subjectMissing");
        Boolean guardians = minor ? input.bool("guardiansPresent") : null;
        input.requireUnlessInvalid(!minor || !Boolean.FALSE.equals(guardians), "guardiansPresent", "clarification.error.guardiansRequired");
        input.requireUnlessInvalid(!Boolean.TRUE.equals(guardians) || participants == null
                || participants.contains(ParticipantRole.GUARDIAN), "participants", "clarification.error.guardianMissing");
        return new HeldTalk(heldOn, input.text("place", PLACE_MAX, true), participants, guardians,
                input.choices("topics", Topic.class), input.choice("assessment", Assessment.class),
                input.text("reasons", TaskFormInput.MAX_TEXT, true), input.text("nextSteps", TaskFormInput.MAX_TEXT, true),
                Boolean.TRUE.equals(input.bool("newTalkPlanned")), input.text("notes", TaskFormInput.MAX_TEXT, true));
    }

    @Override
    Map<String, Object> variables(TaskFormInput input, ClarificationTalk talk) {
        return talk.status() == TalkStatus.HELD
                ? Map.of(Vars.TALK_OUTCOME, Outcome.HELD.name())
                : Map.of(Vars.TALK_OUTCOME, Outcome.RESCHEDULED.name());
    }
}
