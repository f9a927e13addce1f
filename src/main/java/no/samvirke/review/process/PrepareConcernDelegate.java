package no.samvirke.review.process;

import no.samvirke.platform.ProcessBean;
import no.samvirke.review.process.ConcernProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** Sets the screening, review and acute-alert deadlines. */
@Component("prepareConcernDelegate")
@ProcessBean
class PrepareConcernDelegate implements JavaDelegate {

    private final ConcernDeadlines deadlines;

    PrepareConcernDelegate(ConcernDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(Vars.SCREENING_DUE, deadlines.screeningDue());
        execution.setVariable(Vars.REVIEW_DUE, deadlines.reviewDue());
        // Transient: only the acute alert task's due date, created in this transaction, reads it (ADR 0023).
        execution.setVariable(Vars.ACUTE_ALERT_DUE, Variables.dateValue(deadlines.acuteAlertDue(), true));
    }
}
