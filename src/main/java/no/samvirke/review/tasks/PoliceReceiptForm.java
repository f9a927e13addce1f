package no.samvirke.review.tasks;

import java.util.Map;
import no.samvirke.inbox.TaskFormInput;
import no.samvirke.review.internal.Recorded;
import no.samvirke.review.process.ConcernProcess;
import org.springframework.stereotype.Component;

/**
 * The police acknowledge an acute-danger alert or a serious referral, say what they did, and
 * for a referral record their own reference.
 */
@Component
class PoliceReceiptForm extends ReviewTaskForm {

    static final String ACKNOWLEDGED = "ACKNOWLEDGED";
    private static final int MAX_REFERENCE = 100;

    PoliceReceiptForm(Support support) {
        super(support);
    }

    @Override
    public boolean handles(String taskDefinitionKey) {
        return ConcernProcess.USER_ACUTE_POLICE_ALERT.equals(taskDefinitionKey)
                || ConcernProcess.USER_RECEIVE_SERIOUS_REFERRAL.equals(taskDefinitionKey);
    }

    @Override
    String fragment() {
        return "policeReceipt";
    }

    @Override
    Recorded read(TaskFormInput input, String taskKey) {
        input.require(input.isTrue("acknowledged"), "acknowledged", "review.error.mustAcknowledge");
        boolean referral = ConcernProcess.USER_RECEIVE_SERIOUS_REFERRAL.equals(taskKey);
        String reference = input.text("policeReference", MAX_REFERENCE, referral);
        String notes = input.text("reasons", TaskFormInput.MAX_TEXT, true);
        return new Recorded(ACKNOWLEDGED, notes, null, null, null, null, reference);
    }

    @Override
    Map<String, Object> variables(Recorded recorded) {
        return Map.of();
    }
}
