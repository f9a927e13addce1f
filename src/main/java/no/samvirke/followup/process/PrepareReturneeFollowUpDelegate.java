package no.samvirke.followup.process;

import no.samvirke.platform.ProcessBean;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Sets the deadline of the plan (the clarification talk has its own; the prosecution assessment's due date is
 * set on its task by {@link ProsecutionDueListener}, never kept as a variable).
 */
@Component("prepareReturneeFollowUpDelegate")
@ProcessBean
class PrepareReturneeFollowUpDelegate implements JavaDelegate {

    private final FollowUpDeadlines deadlines;

    PrepareReturneeFollowUpDelegate(FollowUpDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    @Override
    public void execute(DelegateExecution execution) {
        // Transient: only the plan task's due date, created in this transaction, reads it (ADR 0023).
        ReturneeFollowUpProcess.PLAN_DUE.setTransient(execution, deadlines.planDue());
    }
}
