package no.samvirke.followup.process;

import no.samvirke.platform.ProcessBean;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Component;

/**
 * Gives the prosecution assessment its due date when the task is created: the configured working days
 * after the follow-up started, as before, but without a {@code prosecutionDue} variable (ADR 0023). The
 * start is the engine's own record of the instance (history level audit); the task keeps the date.
 */
@Component("prosecutionDueListener")
@ProcessBean
class ProsecutionDueListener implements TaskListener {

    private final HistoryService history;
    private final FollowUpDeadlines deadlines;

    ProsecutionDueListener(HistoryService history, FollowUpDeadlines deadlines) {
        this.history = history;
        this.deadlines = deadlines;
    }

    @Override
    public void notify(DelegateTask task) {
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
                .processInstanceId(task.getProcessInstanceId()).singleResult();
        task.setDueDate(deadlines.prosecutionDue(instance.getStartTime().toInstant()));
    }
}
