package no.samvirke.review.process;

import no.samvirke.platform.ProcessBean;
import java.util.UUID;
import no.samvirke.intake.ConcernStatus;
import no.samvirke.intake.Concerns;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The case is (again) being assessed: status UNDER_ASSESSMENT and a fresh review deadline. */
@Component("startAssessmentDelegate")
@ProcessBean
class StartAssessmentDelegate implements JavaDelegate {

    private final Concerns concerns;
    private final ConcernDeadlines deadlines;

    StartAssessmentDelegate(Concerns concerns, ConcernDeadlines deadlines) {
        this.concerns = concerns;
        this.deadlines = deadlines;
    }

    @Override
    public void execute(DelegateExecution execution) {
        concerns.changeStatus(UUID.fromString(execution.getBusinessKey()), ConcernStatus.UNDER_ASSESSMENT);
        ConcernProcess.REVIEW_DUE.set(execution, deadlines.reviewDue());
    }
}
