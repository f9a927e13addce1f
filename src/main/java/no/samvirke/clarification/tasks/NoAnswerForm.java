package no.samvirke.clarification.tasks;

import java.util.Map;
import no.samvirke.clarification.internal.ClarificationTalk;
import no.samvirke.clarification.internal.TalkRecords;
import no.samvirke.clarification.internal.TalkStatus;
import no.samvirke.clarification.process.ClarificationProcess;
import no.samvirke.clarification.process.ClarificationProcess.Outcome;
import no.samvirke.clarification.process.ClarificationProcess.Vars;
import no.samvirke.identity.CurrentUser;
import no.samvirke.inbox.InboxTask;
import no.samvirke.inbox.TaskFormInput;
import org.springframework.stereotype.Component;

/** The answer deadline passed without an answer: the police write their recommendation to the kjernegruppe. */
@Component
class NoAnswerForm extends TalkTaskForm {

    private final TalkRecords records;

    NoAnswerForm(Support support, TalkRecords records) {
        super(support, ClarificationProcess.USER_RECORD_NO_ANSWER, "noAnswer");
        this.records = records;
    }

    @Override
    Map<String, Object> formModel(ClarificationTalk talk) {
        return Map.of();
    }

    @Override
    Runnable read(TaskFormInput input, ClarificationTalk talk, InboxTask task, CurrentUser user) {
        String recommendation = input.text("recommendation", TaskFormInput.MAX_TEXT, true);
        return () -> records.notHeld(task.processInstanceId(), TalkStatus.NO_ANSWER, recommendation, user);
    }

    @Override
    Map<String, Object> variables(TaskFormInput input, ClarificationTalk talk) {
        return Map.of(Vars.TALK_OUTCOME, Outcome.NO_ANSWER.name());
    }
}
