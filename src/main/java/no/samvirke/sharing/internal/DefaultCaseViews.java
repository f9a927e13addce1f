package no.samvirke.sharing.internal;

import no.samvirke.platform.CaseId;
import no.samvirke.sharing.disclosure.internal.DisclosureFacts;
import java.util.Optional;
import no.samvirke.identity.CurrentUser;
import no.samvirke.intake.personal.ConcernRecord;
import no.samvirke.sharing.Access;
import no.samvirke.sharing.CaseGate;
import no.samvirke.sharing.CaseOpening;
import no.samvirke.sharing.CaseView;
import no.samvirke.sharing.CaseViews;
import no.samvirke.sharing.DescriptionForm;
import no.samvirke.sharing.DisclosureLevel;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import no.samvirke.audit.AuditRecord;
import no.samvirke.audit.AuditAppender;
import no.samvirke.anonymisation.AnonymisedDescriptions;

/**
 * Gate first (from the summary, which holds no personal data), then one decision per item
 * from the DMN, then the audit entry, and only then the view. Whatever is not FULL never
 * leaves this class: identity fields become null. The case's confidentiality (anonymised
 * discussion, conversion ground) is added to the facts; an accepted resource person in their
 * period passes the gate for that case only, and sees no item at a higher level than their grantor.
 */
@Service
class DefaultCaseViews implements CaseViews {

    private final CaseDisclosure disclosure;
    private final AuditAppender audit;
    private final TransactionTemplate reading;
    private final AnonymisedDescriptions anonymised;

    private final CaseGate gate;

    DefaultCaseViews(CaseDisclosure disclosure, AuditAppender audit, PlatformTransactionManager transactions,
                     AnonymisedDescriptions anonymised, CaseGate gate) {
        this.gate = gate;
        this.anonymised = anonymised;
        this.disclosure = disclosure;
        this.audit = audit;
        // not read-only: the gate records a resource person's expired access as it finds it
        this.reading = new TransactionTemplate(transactions);
    }

    private record Decided(ConcernRecord record, Access subject, Access description, Optional<String> anonymisedText) {
    }

    /**
     * Gate, record and decisions in one transaction, and the READ entry written before the view
     * leaves this class. Called outside any transaction (the API), the entry is written in that
     * same transaction: it commits with the reads, or nothing was read. Called inside a caller's
     * transaction, the entry is written in its own after the reads, so that it stays even if the
     * caller rolls back.
     */
    @Override
    public Optional<CaseView> view(CaseId caseId, CurrentUser viewer, String purpose) {
        return view(status -> gate.open(caseId, viewer), viewer, purpose);
    }

    @Override
    public Optional<CaseView> view(CaseOpening opening, CurrentUser viewer, String purpose) {
        return view(status -> opening, viewer, purpose);
    }

    private Optional<CaseView> view(TransactionCallback<CaseOpening> gated, CurrentUser viewer, String purpose) {
        boolean ours = !TransactionSynchronizationManager.isActualTransactionActive();
        Optional<Decided> decided = reading.execute(status -> {
            Optional<Decided> d = disclosure.gatedRecord(gated.doInTransaction(status), viewer, purpose)
                    .map(record -> decide(record, viewer));
            if (ours) {
                d.ifPresent(x -> audit.appendInCurrentTransaction(readEntry(x, viewer, purpose)));
            }
            return d;
        });
        if (!ours) {
            decided.ifPresent(x -> audit.append(readEntry(x, viewer, purpose)));
        }
        return decided.map(DefaultCaseViews::view);
    }

    private static AuditRecord readEntry(Decided d, CurrentUser viewer, String purpose) {
        return AuditRecord.read(viewer.username(), viewer.agency().name(), d.record().summary().id(),
                items(d.subject(), d.description()), legalBasis(d.subject(), d.description()), purpose);
    }

    private Decided decide(ConcernRecord record, CurrentUser viewer) {
        Access subject = disclosure.decide(DisclosureFacts.Item.SUBJECT, record.summary(), viewer);
        Access description = disclosure.decide(DisclosureFacts.Item.DESCRIPTION, record.summary(), viewer);
        Optional<String> text = description.level() == DisclosureLevel.NONE ? Optional.empty()
                : anonymised.confirmedText(CaseId.of(record.summary().id()));
        return new Decided(record, subject, description, text);
    }

    private static CaseView view(Decided d) {
        ConcernRecord record = d.record();
        Access subject = d.subject();
        Access description = d.description();
        boolean identified = subject.level() == DisclosureLevel.FULL;
        return new CaseView(record.summary(),
                identified ? record.subjectName() : null,
                identified ? record.subjectBirthDate() : null,
                identified ? record.subjectNationalId() : null,
                subject, description(d, form(d, identified)), description, form(d, identified),
                d.anonymisedText().map(t -> Redaction.scrubConfirmed(t, record)).orElse(null));
    }

    /**
     * The reporter's text only to a viewer who sees both it and the subject in full; anyone else
     * below NONE gets the confirmed anonymised text (scrubbed once more as a safety net), never the
     * reporter's text, not even scrubbed (ADR 0021).
     */
    private static DescriptionForm form(Decided d, boolean identified) {
        if (d.description().level() == DisclosureLevel.NONE) {
            return DescriptionForm.NOT_SHOWN;
        }
        if (identified && d.description().level() == DisclosureLevel.FULL) {
            return DescriptionForm.AS_WRITTEN;
        }
        return d.anonymisedText().isPresent() ? DescriptionForm.ANONYMISED_TEXT : DescriptionForm.NO_ANONYMISED_TEXT_YET;
    }

    private static String description(Decided d, DescriptionForm form) {
        return switch (form) {
            case AS_WRITTEN -> d.record().description();
            case ANONYMISED_TEXT -> Redaction.scrubConfirmed(d.anonymisedText().orElseThrow(), d.record());
            case NO_ANONYMISED_TEXT_YET, NOT_SHOWN -> null;
        };
    }

    private static String items(Access subject, Access description) {
        return "subject=" + subject.level() + ";description=" + description.level();
    }

    private static String legalBasis(Access subject, Access description) {
        return "subject: " + subject.legalBasis() + "; description: " + description.legalBasis();
    }
}
