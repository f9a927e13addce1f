package no.samvirke.clarification.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import no.samvirke.clarification.process.ClarificationProcess.TalkContext;
import no.samvirke.identity.ServiceUnit;
import no.samvirke.sharing.Access;

/**
 * A clarification talk as one viewer may see it. The assessment, its reasons, the next steps and
 * the recommendation are disclosed by the sharing module for the author's service ({@code access});
 * at level NONE they are all null. {@code details} (place, participants, topics, notes) travel
 * with the police/PST-only notes and are null for everyone the sharing module keeps out of them.
 */
public record TalkView(UUID id, UUID caseId, TalkContext context, TalkStatus status, ServiceUnit conductor,
                      AttendanceBasis attendanceBasis, LocalDate invitedOn, int invitations, LocalDate heldOn,
                      Instant concludedAt, String author, ServiceUnit authorService, Assessment assessment,
                      String reasons, String nextSteps, Boolean newTalkPlanned, String recommendation,
                      Access access, PoliceDetails details) {

    /** The record's police part: only for viewers who may read the police/PST-only notes. */
    public record PoliceDetails(Boolean minor, Invitee invitee, LocalDate proposedDate, String place,
                                java.util.List<ParticipantRole> participants, Boolean guardiansPresent,
                                java.util.List<Topic> topics, String notes) {
    }
}
