package no.samvirke.review.internal;

import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.samvirke.identity.ServiceUnit;
import no.samvirke.platform.WorkingDays;
import no.samvirke.review.process.ConcernProcess;
import no.samvirke.review.process.ConcernProcess.Decision;
import no.samvirke.review.process.ConcernProcess.Vars;
import org.springframework.stereotype.Component;

/** The kjernegruppe's one decision with reasons; follow-up needs measures, a responsible service and a review date. */
@Component
class ReviewConcernForm extends ReviewTaskForm {

    /** Follow-up reviews start at the beginning of the office day. */
    private static final int REVIEW_HOUR = 8;

    ReviewConcernForm(Support support) {
        super(support);
    }

    @Override
    public boolean handles(String taskDefinitionKey) {
        return ConcernProcess.USER_REVIEW_CONCERN.equals(taskDefinitionKey);
    }

    @Override
    String fragment() {
        return "review";
    }

    @Override
    Map<String, Object> formModel() {
        return Map.of("decisions", List.of(Decision.values()), "services", List.of(ServiceUnit.values()));
    }

    @Override
    Recorded read(FormInput input, String taskKey) {
        Decision decision = input.choice("decision", Decision.class);
        String reasons = input.text("reasons", FormInput.MAX_TEXT, true);
        if (decision != Decision.FOLLOW_UP) {
            return Recorded.of(decision == null ? null : decision.name(), reasons);
        }
        String measures = input.text("measures", FormInput.MAX_TEXT, true);
        ServiceUnit responsible = input.choice("responsibleService", ServiceUnit.class);
        LocalDate reviewDate = input.futureDate("followUpReviewDate");
        return new Recorded(decision.name(), reasons, null, measures, responsible, reviewDate, null);
    }

    @Override
    Map<String, Object> variables(Recorded recorded) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(Vars.DECISION, recorded.outcome());
        if (recorded.reviewDate() != null) {
            variables.put(Vars.FOLLOW_UP_REVIEW_DATE,
                    Date.from(recorded.reviewDate().atTime(REVIEW_HOUR, 0).atZone(WorkingDays.OSLO).toInstant()));
        }
        return variables;
    }
}
