package no.samvirke.followup.internal;

import java.util.List;
import java.util.Map;
import no.samvirke.followup.process.ReturneeFollowUpProcess;
import no.samvirke.followup.process.ReturneeFollowUpProcess.TalkOutcome;
import no.samvirke.inbox.InboxTask;
import org.springframework.stereotype.Component;

/**
 * Placeholder until the clarification-talk process is called here: the police record whether the
 * talk (tiltak 33) was held, declined or not answered ({@code talkOutcome}).
 */
@Component
class ReturneeTalkForm extends FollowUpTaskForm {

    ReturneeTalkForm(Support support) {
        super(support);
    }

    @Override
    public boolean handles(String taskDefinitionKey) {
        return ReturneeFollowUpProcess.USER_CLARIFICATION_TALK.equals(taskDefinitionKey);
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
