package no.samvirke.followup.process;

import no.samvirke.platform.ProcessBean;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Sets when the next periodic review of a follow-up is due (configured interval). */
@Component("scheduleFollowUpReviewDelegate")
@ProcessBean
class ScheduleFollowUpReviewDelegate implements JavaDelegate {

    private final FollowUpDeadlines deadlines;

    ScheduleFollowUpReviewDelegate(FollowUpDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    @Override
    public void execute(DelegateExecution execution) {
        FollowUpVars.NEXT_REVIEW_DUE.set(execution, deadlines.nextReview());
    }
}
