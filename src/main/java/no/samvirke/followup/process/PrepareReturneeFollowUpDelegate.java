package no.samvirke.followup.process;

import no.samvirke.platform.ProcessBean;
import no.samvirke.followup.process.ReturneeFollowUpProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Sets the deadlines of the plan and the prosecution assessment (the clarification talk has its own). */
@Component("prepareReturneeFollowUpDelegate")
@ProcessBean
class PrepareReturneeFollowUpDelegate implements JavaDelegate {

    private final FollowUpDeadlines deadlines;

    PrepareReturneeFollowUpDelegate(FollowUpDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(Vars.PLAN_DUE, deadlines.planDue());
        execution.setVariable(Vars.PROSECUTION_DUE, deadlines.prosecutionDue());
    }
}
