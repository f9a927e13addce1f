package no.samvirke.notification.internal;

import java.util.Map;
import java.util.UUID;
import no.samvirke.identity.CurrentUser;
import no.samvirke.inbox.TaskCompletion;
import no.samvirke.notification.process.TravelNotificationProcess;
import no.samvirke.platform.ConflictException;
import no.samvirke.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The API's receipt: the recipient (or, once escalated, a deputy or leader) acknowledges the
 * open handoff. Completes the receipt task through the inbox, so page and API do the same thing.
 */
@Service
public class AcknowledgeNotification {

    private final HandoffRepository handoffs;
    private final TaskCompletion tasks;

    AcknowledgeNotification(HandoffRepository handoffs, TaskCompletion tasks) {
        this.handoffs = handoffs;
        this.tasks = tasks;
    }

    /** 404 when no handoff of it is addressed to the user; 409 when it was already acknowledged. */
    @Transactional
    public void handle(UUID notificationId, CurrentUser user) {
        Handoff last = handoffs.findByNotificationIdOrderBySeq(notificationId).stream()
                .reduce((a, b) -> b).filter(h -> Handoffs.mayReceive(user, h))
                .orElseThrow(() -> new NotFoundException("notification"));
        if (last.acknowledged()) {
            throw new ConflictException("notification.acknowledge.already");
        }
        tasks.complete(notificationId.toString(), TravelNotificationProcess.USER_ACKNOWLEDGE_HANDOFF,
                Map.of("acknowledged", true), user);
    }
}
