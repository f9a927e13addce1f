package no.samvirke.notification.process;

import no.samvirke.platform.ProcessBean;
import no.samvirke.identity.Groups;
import no.samvirke.inbox.Tasks;
import no.samvirke.notification.internal.Escalation;
import no.samvirke.notification.internal.Handoffs;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * An unacknowledged handoff goes to the recipient's deputies (first escalation) or leaders
 * (second); the receipt task stays open for everyone it was offered to.
 */
@Component("escalateHandoffDelegate")
@ProcessBean
class EscalateHandoffDelegate implements JavaDelegate {

    private final Tasks tasks;
    private final Handoffs handoffs;

    EscalateHandoffDelegate(Tasks tasks, Handoffs handoffs) {
        this.tasks = tasks;
        this.handoffs = handoffs;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean leader = TravelNotificationProcess.SERVICE_ESCALATE_TO_LEADER.equals(execution.getCurrentActivityId());
        String recipients = TravelNotificationProcess.RECIPIENT_GROUP.from(execution);
        tasks.escalate(execution.getProcessInstanceId(), TravelNotificationProcess.USER_ACKNOWLEDGE_HANDOFF,
                leader ? Groups.leader(recipients) : Groups.deputy(recipients));
        handoffs.escalate(TravelNotificationProcess.HANDOFF_ID.from(execution),
                leader ? Escalation.LEADER : Escalation.DEPUTY);
    }
}
