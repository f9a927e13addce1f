package no.samvirke.sharing.internal;

import no.samvirke.sharing.contacthold.internal.ContactHoldEntry;
import no.samvirke.sharing.contacthold.internal.ContactHoldEntryRepository;
import no.samvirke.sharing.disclosure.internal.CaseParticipants;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.samvirke.identity.CurrentUser;
import no.samvirke.identity.Role;
import no.samvirke.intake.Concerns;
import no.samvirke.platform.InvalidInputException;
import no.samvirke.platform.InvalidInputException.FieldProblem;
import no.samvirke.platform.NotFoundException;
import no.samvirke.audit.AuditAction;
import no.samvirke.sharing.ContactHold;
import no.samvirke.sharing.ContactHoldReleased;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import no.samvirke.audit.AuditRecord;
import no.samvirke.audit.AuditAppender;

/**
 * PST sets, replaces or releases the hold. Audited as CHANGE; the reason itself never goes into
 * the audit row ("reason set"), since the privacy officer is a municipal user.
 */
@Component
class ChangeContactHold {

    static final String PURPOSE = "contact-hold";
    private static final String BASIS = "PST-praksis: kontaktforbud";

    private final ContactHoldEntryRepository holds;
    private final Concerns concerns;
    private final CaseParticipants participants;
    private final AuditAppender audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ChangeContactHold(ContactHoldEntryRepository holds, Concerns concerns, CaseParticipants participants,
                      AuditAppender audit, ApplicationEventPublisher events, Clock clock) {
        this.holds = holds;
        this.concerns = concerns;
        this.participants = participants;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public void set(UUID caseId, String reason, LocalDate expiresOn, CurrentUser user) {
        requirePst(caseId, user);
        validate(reason, expiresOn);
        List<ContactHoldEntry> active = holds.findByCaseIdAndReleasedAtIsNull(caseId);
        ContactHoldEntry hold = active.isEmpty() ? new ContactHoldEntry(caseId) : active.get(0);
        String before = active.isEmpty() ? null : describe(hold.expiresOn());
        hold.set(reason.strip(), expiresOn, user.username(), clock.instant());
        holds.save(hold);
        audit(caseId, user, before, describe(expiresOn));
    }

    @Transactional
    public void release(UUID caseId, CurrentUser user) {
        requirePst(caseId, user);
        for (ContactHoldEntry hold : holds.findByCaseIdAndReleasedAtIsNull(caseId)) {
            hold.release(user.username(), clock.instant());
            audit(caseId, user, describe(hold.expiresOn()), "released");
        }
        events.publishEvent(new ContactHoldReleased(caseId));
    }

    private void requirePst(UUID caseId, CurrentUser user) {
        concerns.summary(caseId).filter(s -> participants.participates(user, s))
                .orElseThrow(() -> new NotFoundException("case"));
        if (!user.hasRole(Role.PST_LIAISON)) {
            throw new AccessDeniedException("PST only");
        }
    }

    private void validate(String reason, LocalDate expiresOn) {
        List<FieldProblem> problems = new ArrayList<>();
        if (reason == null || reason.isBlank()) {
            problems.add(new FieldProblem("reason", "sharing.contact.reason.required"));
        } else if (reason.strip().length() > ContactHold.REASON_MAX) {
            problems.add(new FieldProblem("reason", "sharing.contact.reason.tooLong"));
        }
        if (expiresOn == null) {
            problems.add(new FieldProblem("expiresOn", "sharing.contact.expiresOn.required"));
        } else if (!expiresOn.isAfter(LocalDate.now(clock.withZone(DefaultContactHolds.OSLO)))) {
            problems.add(new FieldProblem("expiresOn", "sharing.contact.expiresOn.notFuture"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private void audit(UUID caseId, CurrentUser user, String before, String after) {
        audit.append(new AuditRecord(user.username(), user.agency().name(), caseId, AuditAction.CHANGE,
                "contactHold=CHANGED", BASIS, PURPOSE, before, after));
    }

    private static String describe(LocalDate expiresOn) {
        return "held until " + expiresOn + "; reason set";
    }
}
