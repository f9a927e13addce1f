package no.samvirke.clarification.tasks;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import no.samvirke.clarification.internal.ClarificationSettings;
import no.samvirke.clarification.internal.ClarificationTalk;
import no.samvirke.clarification.internal.Invitee;
import no.samvirke.clarification.internal.TalkRecords;
import no.samvirke.clarification.process.ClarificationProcess;
import no.samvirke.clarification.process.ClarificationProcess.Vars;
import no.samvirke.identity.CurrentUser;
import no.samvirke.inbox.InboxTask;
import no.samvirke.inbox.TaskFormInput;
import no.samvirke.platform.WorkingDays;
import org.springframework.stereotype.Component;

/**
 * The conductor invites: the person, or for a minor the guardians and the child together, to a
 * proposed date. The answer is due, and a reminder comes, after the configured working days.
 */
@Component
class InviteForm extends TalkTaskForm {

    private final TalkRecords records;
    private final ClarificationSettings settings;
    private final WorkingDays workingDays;
    private final Clock clock;

    InviteForm(Support support, TalkRecords records, ClarificationSettings settings,
               WorkingDays workingDays, Clock clock) {
        super(support, ClarificationProcess.USER_INVITE, "invite");
        this.records = records;
        this.settings = settings;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    @Override
    Map<String, Object> formModel(ClarificationTalk talk) {
        return Map.of("invitees", List.of(Invitee.values()));
    }

    @Override
    Runnable read(TaskFormInput input, ClarificationTalk talk, InboxTask task, CurrentUser user) {
        Boolean minor = input.bool("minor");
        Invitee invitee = input.choice("invitee", Invitee.class);
        input.requireUnlessInvalid(!Boolean.TRUE.equals(minor) || invitee != Invitee.PERSON, "invitee", "clarification.error.guardiansAndChild");
        LocalDate proposed = input.date("proposedDate");
        input.requireUnlessInvalid(proposed == null || !proposed.isBefore(LocalDate.now(clock.withZone(WorkingDays.OSLO))),
                "proposedDate", "clarification.error.dateInPast");
        return () -> records.invite(task.processInstanceId(), minor, invitee, proposed, user);
    }

    @Override
    Map<String, Object> variables(TaskFormInput input, ClarificationTalk talk) {
        return Map.of(Vars.REMINDER_DUE, Date.from(workingDays.deadline(clock.instant(), settings.reminderWorkingDays())),
                Vars.ANSWER_DUE, Date.from(workingDays.deadline(clock.instant(), settings.answerWorkingDays())));
    }
}
