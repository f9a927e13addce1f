package no.samvirke.review.internal;

import java.util.List;
import java.util.Map;
import no.samvirke.review.process.ConcernProcess;
import org.springframework.stereotype.Component;

/** The police record the outcome of the clarification talk with a short assessment for the kjernegruppe. */
@Component
class ClarificationTalkForm extends ReviewTaskForm {

    enum Outcome { CONCERN_CONFIRMED, CONCERN_WEAKENED, CONCERN_DISMISSED, DECLINED, NO_ANSWER }

    ClarificationTalkForm(Support support) {
        super(support);
    }

    @Override
    public boolean handles(String taskDefinitionKey) {
        return ConcernProcess.USER_CLARIFICATION_TALK.equals(taskDefinitionKey);
    }

    @Override
    String fragment() {
        return "clarificationTalk";
    }

    @Override
    Map<String, Object> formModel() {
        return Map.of("outcomes", List.of(Outcome.values()));
    }

    @Override
    Recorded read(FormInput input, String taskKey) {
        Outcome outcome = input.choice("outcome", Outcome.class);
        String assessment = input.text("reasons", FormInput.MAX_TEXT, true);
        return Recorded.of(outcome == null ? null : outcome.name(), assessment);
    }

    @Override
    Map<String, Object> variables(Recorded recorded) {
        return Map.of();
    }
}
