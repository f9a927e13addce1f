package no.samvirke.sharing.internal;

import no.samvirke.platform.CaseId;
import no.samvirke.sharing.consent.internal.ConsentAuthority;
import no.samvirke.sharing.consent.internal.ConsentChecks;
import no.samvirke.sharing.consent.internal.ConsentEntity;
import no.samvirke.sharing.consent.internal.ConsentRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import no.samvirke.identity.CurrentUser;
import no.samvirke.intake.ConcernSummary;
import no.samvirke.intake.Concerns;
import no.samvirke.platform.ConflictException;
import no.samvirke.platform.NotFoundException;
import no.samvirke.platform.WorkingDays;
import no.samvirke.audit.AuditAction;
import no.samvirke.sharing.CaseGate;
import no.samvirke.sharing.CaseView;
import no.samvirke.sharing.CaseViews;
import no.samvirke.sharing.consent.ConsentList;
import no.samvirke.sharing.consent.ConsentView;
import no.samvirke.sharing.consent.Consents;
import no.samvirke.sharing.consent.NewConsent;
import no.samvirke.sharing.consent.Withdrawal;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import no.samvirke.audit.AuditRecord;
import no.samvirke.audit.AuditAppender;

/**
 * Records and withdraws consents behind the same gate as {@link CaseViews}, and appends a CHANGE
 * entry with before and after (recipients, period, form; never the giver's name) for each.
 *
 * <p>A consent is recorded only by whoever holds it on the person's behalf: the case owner (the
 * SLT coordinator of the case municipality) or the source service (the reporter's own service in
 * that municipality), never by a recipient for itself ({@link ConsentAuthority}; 403). Its start
 * is not before today (Norwegian time) nor before the case's registration, and its giver is the
 * one processes/consent.dmn names for the person's age at that start ({@link ConsentGiverRules}).
 */
@Service
class ConsentRegister implements Consents {

    static final String LEGAL_BASIS = "Samtykke (fvl. § 13 a nr. 1)";

    private final Concerns concerns;
    private final CaseViews caseViews;
    private final ConsentRepository consents;
    private final AuditAppender audit;
    private final ConsentChecks checks;
    private final Clock clock;

    ConsentRegister(Concerns concerns, CaseViews caseViews, ConsentRepository consents, AuditAppender audit,
                    ConsentChecks checks, Clock clock) {
        this.concerns = concerns;
        this.caseViews = caseViews;
        this.consents = consents;
        this.audit = audit;
        this.checks = checks;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public ConsentList list(UUID concernId, CurrentUser user, String purpose) {
        CaseView view = caseViews.view(CaseId.of(concernId), user, purpose).orElseThrow(() -> new NotFoundException("case"));
        boolean identified = view.subjectVisible();
        LocalDate today = today();
        return new ConsentList(view.summary(), identified, consents.findByConcernIdOrderByRecordedAtDesc(concernId)
                .stream().map(c -> view(c, today, identified)).toList());
    }

    @Override
    @Transactional
    public ConsentView record(UUID concernId, NewConsent consent, CurrentUser user, String purpose) {
        ConcernSummary summary = concerns.summary(concernId)
                .filter(s -> CaseGate.maySee(user, s) || ConsentAuthority.isSourceService(user, s))
                .orElseThrow(() -> new NotFoundException("case"));
        if (!ConsentAuthority.mayRecord(user, summary)) {
            throw new AccessDeniedException("sharing.consent.forbidden");
        }
        String giverBasis = checks.check(summary, consent.validated(), today());
        ConsentEntity saved = consents.saveAndFlush(new ConsentEntity(concernId, consent, user.username(), now()));
        audit.append(new AuditRecord(user.username(), user.agency().name(), concernId, AuditAction.CHANGE,
                "consent=" + saved.id(), LEGAL_BASIS + "; " + giverBasis, purpose, null, saved.summary()));
        return view(saved, today(), false);
    }

    @Override
    @Transactional
    public ConsentView withdraw(UUID concernId, UUID consentId, Withdrawal withdrawal, CurrentUser user,
                                String purpose) {
        gate(concernId, user);
        Withdrawal valid = withdrawal.validated();
        ConsentEntity consent = consents.findByIdAndConcernId(consentId, concernId)
                .orElseThrow(() -> new NotFoundException("consent"));
        if (valid.version() != null && valid.version() != consent.currentVersion()) {
            throw new ConflictException("sharing.consent.conflict.changed");
        }
        String before = consent.summary();
        consent.withdraw(user.username(), valid.reason(), now());
        try {
            consents.saveAndFlush(consent);
        } catch (ConcurrencyFailureException e) {
            throw new ConflictException("sharing.consent.conflict.changed");
        }
        appendChange(user, consent, purpose, before);
        return view(consent, today(), false);
    }

    private ConcernSummary gate(UUID concernId, CurrentUser user) {
        return concerns.summary(concernId).filter(s -> CaseGate.maySee(user, s))
                .orElseThrow(() -> new NotFoundException("case"));
    }

    private void appendChange(CurrentUser user, ConsentEntity consent, String purpose, String before) {
        audit.append(new AuditRecord(user.username(), user.agency().name(), consent.concernId(), AuditAction.CHANGE,
                "consent=" + consent.id(), LEGAL_BASIS, purpose, before, consent.summary()));
    }

    /** Names and free text (giver, witness, reason) only for a viewer who sees the subject. */
    private static ConsentView view(ConsentEntity c, LocalDate today, boolean identified) {
        return new ConsentView(c.id(), c.concernId(), c.givenBy(), identified ? c.givenByName() : null,
                c.recipients(), c.validFrom(), c.validTo(), c.form(), identified ? c.witness() : null, c.documentReference(),
                c.recordedBy(), c.recordedAt(), c.withdrawnAt(), c.withdrawnBy(),
                identified ? c.withdrawalReason() : null, c.status(today), c.currentVersion());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(WorkingDays.OSLO));
    }
}
