package no.samvirke.notification.process;

import no.samvirke.platform.ProcessBean;
import java.util.Date;
import java.util.UUID;
import no.samvirke.notification.internal.Handoffs;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Hands the notification on to the next agency of its route: the handoff record and its deadlines. */
@Component("sendHandoffDelegate")
@ProcessBean
class SendHandoffDelegate implements JavaDelegate {

    private final Handoffs handoffs;

    SendHandoffDelegate(Handoffs handoffs) {
        this.handoffs = handoffs;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Handoffs.Sent sent = handoffs.send(UUID.fromString(execution.getBusinessKey()));
        TravelNotificationProcess.HANDOFF_ID.set(execution, sent.handoffId());
        TravelNotificationProcess.RECIPIENT_GROUP.set(execution, sent.recipientGroup());
        TravelNotificationProcess.HANDOFF_DUE.set(execution, Date.from(sent.due()));
        TravelNotificationProcess.HANDOFF_LEADER_DUE.set(execution, Date.from(sent.leaderDue()));
    }
}
