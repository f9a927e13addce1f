package no.samvirke.clarification.tasks;

import java.util.List;
import java.util.Map;
import no.samvirke.clarification.internal.ClarificationTalk;
import no.samvirke.clarification.internal.TalkRecords;
import no.samvirke.clarification.internal.TalkStatus;
import no.samvirke.clarification.process.ClarificationProcess;
import no.samvirke.clarification.process.ClarificationProcess.Answer;
import no.samvirke.clarification.process.ClarificationProcess.Vars;
import no.samvirke.identity.CurrentUser;
import no.samvirke.inbox.InboxTask;
import no.samvirke.inbox.TaskFormInput;
import org.springframework.stereotype.Component;

/**
 * The person's answer: accepted, declined, or no answer. Taking part is voluntary; a decline or
 * no answer ends the talk with the police's recommendation to the kjernegruppe.
 */
@Component
class AnswerForm extends TalkTaskForm {

    private final TalkRecords records;

    AnswerForm(Support support, TalkRecords records) {
        super(support, ClarificationProcess.USER_RECORD_ANSWER, "answer");
        this.records = records;
    }

    @Override
    Map<String, Object> formModel(ClarificationTalk talk) {
        return Map.of("answers", List.of(Answer.values()));
    }

    @Override
    Runnable read(TaskFormInput input, ClarificationTalk talk, InboxTask task, CurrentUser user) {
        Answer answer = input.choice("answer", Answer.class);
        if (answer == null) {
            return () -> { };
        }
        if (answer == Answer.ACCEPTED) {
            return () -> records.accept(task.processInstanceId(), user);
        }
        String recommendation = input.text("recommendation", TaskFormInput.MAX_TEXT, true);
        TalkStatus how = answer == Answer.DECLINED ? TalkStatus.DECLINED : TalkStatus.NO_ANSWER;
        return () -> records.notHeld(task.processInstanceId(), how, recommendation, user);
    }

    @Override
    Map<String, Object> variables(TaskFormInput input, ClarificationTalk talk) {
        Answer answer = Answer.valueOf(talk.status().name());
        return answer == Answer.ACCEPTED ? Map.of(Vars.ANSWER, answer.name())
                : Map.of(Vars.ANSWER, answer.name(), Vars.TALK_OUTCOME, answer.name());
    }
}
