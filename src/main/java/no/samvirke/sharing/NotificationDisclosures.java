package no.samvirke.sharing;

import java.util.UUID;
import no.samvirke.identity.CurrentUser;
import no.samvirke.identity.ServiceUnit;

/**
 * The sharing gate for notifications of the notification routine (outbound travel, return,
 * death). The notification module decides who may know that a notification exists (its access
 * control); this decides, from processes/disclosure.dmn, at which level the viewer may see the
 * person it is about, and records the read in the audit trail (one READ entry per notification
 * shown, under the notification's id). Facts in, no personal data.
 */
public interface NotificationDisclosures {

    /**
     * @param notificationId the notification (the audit entry's case id)
     * @param sourceService  where the notification came from: PST, POLICE_PREVENTION or the municipal service
     * @param harmAssessmentCleared PST's (or the police's) harm assessment lets the municipality be told now
     */
    record Facts(UUID notificationId, ServiceUnit sourceService, boolean harmAssessmentCleared) {
    }

    /** Decides the level for the person and, unless it is NONE, records the read. */
    Access read(Facts facts, CurrentUser viewer, String purpose);

    /** Decides the level a handoff to {@code recipientAgency} carries, without a read (for the handoff record). */
    Access forHandoff(Facts facts, no.samvirke.identity.Agency recipientAgency);
}
