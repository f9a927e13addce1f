package no.samvirke.sharing.internal;

import no.samvirke.platform.CaseId;
import no.samvirke.sharing.contacthold.internal.ContactHoldEntry;
import no.samvirke.sharing.contacthold.internal.ContactHoldEntryRepository;
import no.samvirke.sharing.disclosure.internal.CaseParticipants;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import no.samvirke.identity.Agency;
import no.samvirke.identity.CurrentUser;
import no.samvirke.intake.Concerns;
import no.samvirke.sharing.ContactHold;
import no.samvirke.sharing.ContactHolds;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads of the hold: municipal users learn only that it is set and until when. */
@Service
class DefaultContactHolds implements ContactHolds {

    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private final ContactHoldEntryRepository holds;
    private final Concerns concerns;
    private final CaseParticipants participants;
    private final ChangeContactHold change;
    private final Clock clock;

    DefaultContactHolds(ContactHoldEntryRepository holds, Concerns concerns, CaseParticipants participants,
                        ChangeContactHold change, Clock clock) {
        this.holds = holds;
        this.concerns = concerns;
        this.participants = participants;
        this.change = change;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isHeld(CaseId caseId) {
        return active(caseId.value()).isPresent();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Instant> heldUntil(CaseId caseId) {
        return active(caseId.value()).map(h -> h.expiresOn().plusDays(1).atStartOfDay(OSLO).toInstant());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ContactHold> view(CaseId caseId, CurrentUser viewer) {
        if (concerns.summary(caseId.value()).filter(s -> participants.participates(viewer, s)).isEmpty()) {
            return Optional.empty();
        }
        boolean policeOrPst = viewer.agency() == Agency.POLICE || viewer.agency() == Agency.PST;
        return Optional.of(active(caseId.value()).map(h -> policeOrPst
                        ? new ContactHold(true, h.expiresOn(), h.reason(), h.setBy(), h.setAt())
                        : new ContactHold(true, h.expiresOn(), null, null, null))
                .orElse(ContactHold.none()));
    }

    @Override
    public void set(CaseId caseId, String reason, LocalDate expiresOn, CurrentUser user) {
        change.set(caseId.value(), reason, expiresOn, user);
    }

    @Override
    public void release(CaseId caseId, CurrentUser user) {
        change.release(caseId.value(), user);
    }

    private Optional<ContactHoldEntry> active(UUID caseId) {
        LocalDate today = LocalDate.now(clock.withZone(OSLO));
        return holds.findByCaseIdAndReleasedAtIsNull(caseId).stream().filter(h -> h.activeOn(today)).findFirst();
    }
}
