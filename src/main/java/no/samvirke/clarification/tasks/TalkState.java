package no.samvirke.clarification.tasks;

import java.time.LocalDate;
import java.util.UUID;
import no.samvirke.clarification.internal.AttendanceBasis;
import no.samvirke.clarification.internal.ClarificationTalk;
import no.samvirke.clarification.internal.Invitee;
import no.samvirke.clarification.internal.TalkStatus;
import no.samvirke.clarification.process.ClarificationProcess.TalkContext;
import no.samvirke.identity.ServiceUnit;

/** A talk's state for its task forms: ids, codes and dates only. */
public record TalkState(UUID id, UUID caseId, TalkContext context, TalkStatus status, ServiceUnit conductor,
                        AttendanceBasis attendanceBasis, Boolean minor, Invitee invitee, LocalDate invitedOn,
                        LocalDate proposedDate, int invitations, boolean reminded) {

    static TalkState of(ClarificationTalk t) {
        return new TalkState(t.id(), t.caseId(), t.context(), t.status(), t.conductorService(), t.attendanceBasis(),
                t.minor(), t.invitee(), t.invitedOn(), t.proposedDate(), t.invitations(), t.remindedAt() != null);
    }
}
