package no.samvirke.followup.process;

import no.samvirke.platform.ProcessBean;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Sets the deadline for contacting the family. */
@Component("prepareFamilyFollowUpDelegate")
@ProcessBean
class PrepareFamilyFollowUpDelegate implements JavaDelegate {

    private final FollowUpDeadlines deadlines;

    PrepareFamilyFollowUpDelegate(FollowUpDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    @Override
    public void execute(DelegateExecution execution) {
        FamilyFollowUpProcess.CONTACT_DUE.set(execution, deadlines.contactDue());
    }
}
