package no.samvirke.followup.process;

import no.samvirke.platform.ProcessBean;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Take listener of the flow into the service tasks: the plan's deadlines become the multi-instance's
 * collection, so that each task's overdue timer reads its own deadline as a plain variable
 * ({@code serviceDeadline}) instead of picking it out of the list in the BPMN expression. Transient:
 * read as the instances are created, in this transaction, never stored (ADR 0023, 0027).
 */
@Component("listServiceDeadlinesDelegate")
@ProcessBean
class ListServiceDeadlinesDelegate implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        ReturneeFollowUpProcess.SERVICE_DEADLINES.setTransient(execution,
                ReturneeFollowUpProcess.PLAN_DEADLINES.from(execution));
    }
}
