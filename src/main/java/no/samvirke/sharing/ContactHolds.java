package no.samvirke.sharing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import no.samvirke.identity.CurrentUser;
import no.samvirke.platform.CaseId;

/**
 * PST's "do not contact the family" hold. A hold lasts through its expiry date (Norwegian time)
 * unless PST releases it first; a release publishes {@link ContactHoldReleased}.
 */
public interface ContactHolds {

    boolean isHeld(CaseId caseId);

    /** When an active hold ends by itself (start of the day after its expiry date). */
    Optional<Instant> heldUntil(CaseId caseId);

    /** @return empty when the viewer is not a participant of the case (answer 404) */
    Optional<ContactHold> view(CaseId caseId, CurrentUser viewer);

    /** PST only; sets or replaces the active hold. */
    void set(CaseId caseId, String reason, LocalDate expiresOn, CurrentUser user);

    /** PST only; does nothing when no hold is active. */
    void release(CaseId caseId, CurrentUser user);
}
