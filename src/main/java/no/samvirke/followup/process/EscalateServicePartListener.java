package no.samvirke.followup.process;

import no.samvirke.platform.ProcessBean;
import no.samvirke.followup.ParticipatingService;
import no.samvirke.identity.Groups;
import no.samvirke.inbox.Tasks;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Timeout listener of a service's task: past its deadline the task stays open and is escalated to
 * the kjernegruppe (its police members for the police's part, otherwise its municipal members).
 */
@Component("escalateServicePartListener")
@ProcessBean
class EscalateServicePartListener implements TaskListener {

    private final Tasks tasks;

    EscalateServicePartListener(Tasks tasks) {
        this.tasks = tasks;
    }

    @Override
    public void notify(DelegateTask task) {
        String municipality = FollowUpVars.MUNICIPALITY_CODE.from(task);
        boolean police = ReturneeFollowUpProcess.PLAN_SERVICE.from(task) == ParticipatingService.POLICE;
        tasks.escalateTask(task.getId(), police ? Groups.kjernegruppePolice(municipality)
                : Groups.kjernegruppeMunicipal(municipality));
    }
}
