package no.samvirke.followup.internal;

import java.util.List;
import java.util.Map;
import no.samvirke.followup.process.ReturneeFollowUpProcess;
import no.samvirke.followup.process.ReturneeFollowUpProcess.TalkOutcome;
import no.samvirke.inbox.InboxTask;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Placeholder until the clarification-talk process is called here: the police record whether the
 * talk (tiltak 33) was held, declined or not answered ({@code talkOutcome}). Concern handling uses
 * the same task key, so this handler takes only the task of a returnee follow-up and is asked first.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReturneeTalkForm extends FollowUpTaskForm {

    private final RuntimeService runtime;

    ReturneeTalkForm(Support support, RuntimeService runtime) {
        super(support);
        this.runtime = runtime;
    }

    @Override
    public boolean handles(String taskDefinitionKey) {
        return false;
    }

    @Override
    public boolean handles(InboxTask task) {
        return ReturneeFollowUpProcess.USER_CLARIFICATION_TALK.equals(task.taskDefinitionKey())
                && runtime.createProcessInstanceQuery().processInstanceId(task.processInstanceId())
                .processDefinitionKey(ReturneeFollowUpProcess.KEY).count() > 0;
    }

    @Override
    String fragment() {
        return "talk";
    }

    @Override
    Map<String, Object> formModel(InboxTask task) {
        return Map.of("outcomes", List.of(TalkOutcome.values()));
    }

    @Override
    Step read(FormInput input, InboxTask task) {
        TalkOutcome outcome = input.choice("talkOutcome", TalkOutcome.class);
        String note = input.note();
        return Step.of(outcome == null ? null : outcome.name(), note,
                outcome == null ? Map.of() : Map.of(ReturneeFollowUpProcess.Vars.TALK_OUTCOME, outcome.name()));
    }
}
