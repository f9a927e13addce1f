package no.samvirke.followup.process;

import no.samvirke.platform.ProcessBean;
import java.time.OffsetDateTime;
import java.util.Date;
import no.samvirke.followup.ParticipatingService;
import no.samvirke.followup.process.ReturneeFollowUpProcess.Vars;
import no.samvirke.identity.Groups;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Start listener of each service task instance: which service (the plan's n-th), its deadline
 * and its group: the police district for the police, otherwise the municipality's follow-up
 * group of that service together with the SLT coordinator. Local variables of the instance.
 */
@Component("prepareServicePartDelegate")
@ProcessBean
class PrepareServicePartDelegate implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        int index = (Integer) execution.getVariable("loopCounter");
        String service = ((String) execution.getVariable(Vars.PLAN_SERVICES)).split(",")[index];
        String due = ((String) execution.getVariable(Vars.PLAN_DEADLINES)).split(",")[index];
        String municipality = (String) execution.getVariable(FollowUpVars.MUNICIPALITY_CODE);
        String groups = ParticipatingService.valueOf(service) == ParticipatingService.POLICE
                ? (String) execution.getVariable(Vars.POLICE_GROUP)
                : Groups.followUpService(municipality, service) + "," + execution.getVariable(FollowUpVars.SLT_GROUP);
        execution.setVariableLocal(Vars.PLAN_SERVICE, service);
        execution.setVariableLocal(Vars.SERVICE_GROUPS, groups);
        // Transient: only the task's due date reads it, now; the overdue timer reads planDeadlines (ADR 0023).
        execution.setVariableLocal(Vars.SERVICE_DUE, Variables.dateValue(Date.from(OffsetDateTime.parse(due).toInstant()), true));
    }
}
