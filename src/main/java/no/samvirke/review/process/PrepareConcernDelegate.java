package no.samvirke.review.process;

import no.samvirke.platform.ProcessBean;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
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
        ConcernProcess.SCREENING_DUE.set(execution, deadlines.screeningDue());
        ConcernProcess.REVIEW_DUE.set(execution, deadlines.reviewDue());
        // Transient: only the acute alert task's due date, created in this transaction, reads it (ADR 0023).
        ConcernProcess.ACUTE_ALERT_DUE.setTransient(execution, deadlines.acuteAlertDue());
    }
}
