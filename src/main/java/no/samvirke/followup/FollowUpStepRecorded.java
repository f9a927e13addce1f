package no.samvirke.followup;

import java.util.UUID;

/**
 * A step of a follow-up was recorded on a case (started, contact made, plan made, ended by a
 * death, …): the case timeline shows it. Published inside the recording transaction. {@code note}
 * is the author's free text (may be null): listen synchronously only, never with a persisted
 * (event publication registry) listener.
 *
 * @param taskKey  the task or step, e.g. {@code user_contact_family} or {@code followup_started}
 * @param outcome  a code, e.g. {@code CONTACT_MADE}
 * @param taskId   the Camunda task id, or the process instance id for a step without a task
 * @param username who recorded it; null when the routine itself did (a notification, a death)
 * @param notificationId the notification whose routine this follow-up belongs to (every follow-up is started
 *                 by one): the step is shown on the case timeline only to a viewer who may see that
 *                 notification's link to the case identified (issue 11); null only for a step of no notification
 */
public record FollowUpStepRecorded(UUID caseId, UUID notificationId, String taskKey, String outcome, String taskId, String username,
        String note) {
}
