package no.samvirke.notification.internal;

import java.time.Instant;
import no.samvirke.notification.NotificationType;
import no.samvirke.platform.WorkingDays;
import org.springframework.stereotype.Component;

/** Computes when a handoff's receipt is due and when it escalates further. */
@Component
class HandoffDue {

    private final NotificationDeadlines deadlines;
    private final WorkingDays workingDays;

    HandoffDue(NotificationDeadlines deadlines, WorkingDays workingDays) {
        this.deadlines = deadlines;
        this.workingDays = workingDays;
    }

    Instant receiptDue(NotificationType type, Instant sent) {
        return type == NotificationType.RETURN ? sent.plus(deadlines.returnAcknowledge())
                : workingDays.deadline(sent, deadlines.acknowledgeWorkingDays());
    }

    Instant leaderDue(NotificationType type, Instant receiptDue) {
        return type == NotificationType.RETURN ? receiptDue.plus(deadlines.returnLeaderAfter())
                : workingDays.deadline(receiptDue, deadlines.leaderAfterWorkingDays());
    }
}
