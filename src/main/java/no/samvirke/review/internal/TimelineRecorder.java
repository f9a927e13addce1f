package no.samvirke.review.internal;

import no.samvirke.identity.CurrentUser;
import no.samvirke.audit.AuditTrail;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores a timeline entry and records the change in the audit trail: which entry, what kind and
 * which decision code ("user_review_concern=FOLLOW_UP"), never the free text. The audit entry is
 * appended when the caller's transaction commits.
 */
@Component
class TimelineRecorder {

    /** The legal basis of an entry that is not itself a disclosure. */
    static final String CASE_HANDLING = "kjernegruppens saksbehandling";

    private final ReviewEntryRepository entries;
    private final AuditTrail audit;

    TimelineRecorder(ReviewEntryRepository entries, AuditTrail audit) {
        this.entries = entries;
        this.audit = audit;
    }

    @Transactional
    void record(ReviewEntry entry, CurrentUser user, String legalBasis) {
        entries.save(entry);
        audit.recordChange(entry.caseId(), user, entry.auditId(), null, entry.taskKey() + "=" + entry.outcome(),
                legalBasis, "task:" + entry.taskKey());
    }
}
