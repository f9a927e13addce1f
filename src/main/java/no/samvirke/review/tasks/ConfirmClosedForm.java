package no.samvirke.review.tasks;

import java.util.Map;
import no.samvirke.inbox.TaskFormInput;
import no.samvirke.review.internal.Recorded;
import no.samvirke.review.process.ConcernProcess;
import no.samvirke.review.process.ConcernProcess.Vars;
import org.springframework.stereotype.Component;

/** Six and twelve months after closure the kjernegruppe confirms the case stays closed, or reopens it. */
@Component
class ConfirmClosedForm extends ReviewTaskForm {

    static final String STAYS_CLOSED = "STAYS_CLOSED";
    static final String REOPENED = "REOPENED";

    ConfirmClosedForm(Support support) {
        super(support);
    }

    @Override
    public boolean handles(String taskDefinitionKey) {
        return ConcernProcess.USER_CONFIRM_CLOSED_6M.equals(taskDefinitionKey)
                || ConcernProcess.USER_CONFIRM_CLOSED_12M.equals(taskDefinitionKey);
    }

    @Override
    String fragment() {
        return "confirmClosed";
    }

    @Override
    Recorded read(TaskFormInput input, String taskKey) {
        Boolean reopen = input.bool("reopen");
        String reasons = input.text("reasons", TaskFormInput.MAX_TEXT, true);
        return Recorded.of(Boolean.TRUE.equals(reopen) ? REOPENED : STAYS_CLOSED, reasons);
    }

    @Override
    Map<String, Object> variables(Recorded recorded) {
        return Map.of(Vars.REOPEN, REOPENED.equals(recorded.outcome()));
    }
}
