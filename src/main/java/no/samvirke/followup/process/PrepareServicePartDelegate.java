package no.samvirke.followup.process;

import no.samvirke.platform.ProcessBean;
import java.time.OffsetDateTime;
import java.util.Date;
import no.samvirke.followup.ParticipatingService;
import no.samvirke.identity.Groups;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start listener of each service task instance: which service (the plan's n-th), its deadline
 * and its group: the police district for the police, otherwise the municipality's follow-up
 * group of that service together with the SLT coordinator. Local variables of the instance;
 * the due date is transient, read by the task as it is created.
 */
@Component("prepareServicePartDelegate")
@ProcessBean
class PrepareServicePartDelegate implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        int index = ReturneeFollowUpProcess.LOOP_COUNTER.from(execution);
        ParticipatingService service =
                ParticipatingService.valueOf(ReturneeFollowUpProcess.PLAN_SERVICES.from(execution).get(index));
        String due = ReturneeFollowUpProcess.SERVICE_DEADLINE.from(execution);
        String municipality = FollowUpVars.MUNICIPALITY_CODE.from(execution);
        String groups = service == ParticipatingService.POLICE
                ? ReturneeFollowUpProcess.POLICE_GROUP.from(execution)
                : Groups.followUpService(municipality, service.name()) + "," + FollowUpVars.SLT_GROUP.from(execution);
        ReturneeFollowUpProcess.PLAN_SERVICE.setLocal(execution, service);
        ReturneeFollowUpProcess.SERVICE_GROUPS.setLocal(execution, groups);
        // Transient: only the task's due date reads it, now; the overdue timer reads serviceDeadline (ADR 0023).
        ReturneeFollowUpProcess.SERVICE_DUE.setLocalTransient(execution, Date.from(OffsetDateTime.parse(due).toInstant()));
    }
}
