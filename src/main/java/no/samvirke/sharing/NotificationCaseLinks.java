package no.samvirke.sharing;

import java.util.List;
import java.util.UUID;
import no.samvirke.identity.CurrentUser;
import no.samvirke.intake.NotificationCases;
import no.samvirke.platform.CaseId;

/**
 * Linking a notification to the person's case in the municipality is a disclosure: it joins the
 * identity in the notification to the case, and tells that a case exists. Both directions are
 * decided here, per recipient, by processes/disclosure.dmn for the linked case (its source,
 * consent, anonymised discussion), never as a notification event:
 * <ul>
 *   <li>at receipt, the municipality's receiver is linked only to cases it may see identified
 *       (FULL); every match is recorded in the audit trail with its decision;</li>
 *   <li>in the handoff log, a viewer sees the linked case's id only where the decision for that
 *       viewer is FULL (recorded as a read); otherwise nothing shows that a case exists.</li>
 * </ul>
 * Ids in, ids out; the person goes only to the matching, inside this module.
 */
public interface NotificationCaseLinks {

    /**
     * The municipality's cases about the person that {@code receiver} may see identified, oldest
     * first. Each case found is recorded (audit READ under the case, item {@code notificationMatch}
     * with its level), whether linked or not.
     */
    List<UUID> linkableCases(UUID notificationId, String municipalityCode, NotificationCases.Person person,
                             CurrentUser receiver);

    /** Whether {@code viewer} may see that the notification is linked to {@code caseId}; a FULL answer is recorded. */
    boolean mayShowLink(UUID notificationId, CaseId caseId, CurrentUser viewer, String purpose);
}
