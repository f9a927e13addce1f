package no.samvirke.notification.process;

import no.samvirke.platform.ProcessBean;
import java.util.Date;
import java.util.UUID;
import no.samvirke.notification.internal.Handoffs;
import no.samvirke.notification.process.TravelNotificationProcess.Vars;
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
        execution.setVariable(Vars.HANDOFF_ID, sent.handoffId().toString());
        execution.setVariable(Vars.RECIPIENT_GROUP, sent.recipientGroup());
        execution.setVariable(Vars.HANDOFF_DUE, Date.from(sent.due()));
        execution.setVariable(Vars.HANDOFF_LEADER_DUE, Date.from(sent.leaderDue()));
    }
}
