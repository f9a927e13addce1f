package no.samvirke.sharing.internal;

import java.util.Optional;
import java.util.UUID;
import no.samvirke.identity.CurrentUser;
import no.samvirke.intake.personal.ConcernRecord;
import no.samvirke.sharing.Access;
import no.samvirke.sharing.CaseView;
import no.samvirke.sharing.CaseViews;
import no.samvirke.sharing.DisclosureLevel;
import org.springframework.stereotype.Service;

/**
 * Gate first (from the summary, which holds no personal data), then one decision per item
 * from the DMN, then the audit entry, and only then the view. Whatever is not FULL never
 * leaves this class: identity fields become null. The case's confidentiality (anonymised
 * discussion, conversion ground) is added to the facts; an accepted resource person in their
 * period passes the gate for that case only.
 */
@Service
class SharingCaseViews implements CaseViews {

    private final CaseDisclosure disclosure;
    private final AuditAppender audit;

    SharingCaseViews(CaseDisclosure disclosure, AuditAppender audit) {
        this.disclosure = disclosure;
        this.audit = audit;
    }

    @Override
    public Optional<CaseView> view(UUID concernId, CurrentUser viewer, String purpose) {
        return disclosure.gatedRecord(concernId, viewer).map(record -> disclose(record, viewer, purpose));
    }

    private CaseView disclose(ConcernRecord record, CurrentUser viewer, String purpose) {
        DisclosureFacts facts = disclosure.facts(DisclosureFacts.Item.SUBJECT, record.summary(), viewer);
        Access subject = disclosure.decide(facts);
        Access description = disclosure.decide(facts.withItem(DisclosureFacts.Item.DESCRIPTION));
        audit.append(AuditRecord.read(viewer.username(), viewer.agency().name(), record.summary().id(),
                items(subject, description), legalBasis(subject, description), purpose));
        boolean identified = subject.level() == DisclosureLevel.FULL;
        return new CaseView(record.summary(),
                identified ? record.subjectName() : null,
                identified ? record.subjectBirthDate() : null,
                identified ? record.subjectNationalId() : null,
                subject, description(record, description, identified), description);
    }

    private static String description(ConcernRecord record, Access access, boolean identified) {
        return switch (access.level()) {
            case FULL -> identified ? record.description() : Redaction.scrub(record.description(), record);
            case ANONYMISED -> Redaction.scrub(record.description(), record);
            case NONE -> null;
        };
    }

    private static String items(Access subject, Access description) {
        return "subject=" + subject.level() + ";description=" + description.level();
    }

    private static String legalBasis(Access subject, Access description) {
        return "subject: " + subject.legalBasis() + "; description: " + description.legalBasis();
    }
}
