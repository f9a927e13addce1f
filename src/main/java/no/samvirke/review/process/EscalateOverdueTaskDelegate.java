package no.samvirke.review.process;

import no.samvirke.platform.ProcessBean;
import no.samvirke.inbox.Tasks;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** An overdue screening or review is escalated to the SLT group; the task itself stays open. */
@Component("escalateOverdueTaskDelegate")
@ProcessBean
class EscalateOverdueTaskDelegate implements JavaDelegate {

    private final Tasks tasks;

    EscalateOverdueTaskDelegate(Tasks tasks) {
        this.tasks = tasks;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String taskKey = ConcernProcess.ESCALATED_TASK.get(execution.getCurrentActivityId());
        tasks.escalate(execution.getProcessInstanceId(), taskKey, ConcernProcess.SLT_GROUP.from(execution));
    }
}
