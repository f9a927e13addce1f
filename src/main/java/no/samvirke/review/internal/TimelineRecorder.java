package no.samvirke.review.internal;

import java.time.Instant;
import no.samvirke.audit.AuditTrail;
import no.samvirke.identity.CurrentUser;
import no.samvirke.inbox.InboxTask;
import no.samvirke.platform.CaseId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores a timeline entry and records the change in the audit trail: which entry, what kind and
 * which decision code ("user_review_concern=FOLLOW_UP"), never the free text. The audit entry is
 * appended when the caller's transaction commits.
 */
@Component
public class TimelineRecorder {

    /** The legal basis of an entry that is not itself a disclosure. */
    static final String CASE_HANDLING = "kjernegruppens saksbehandling";

    private final ReviewEntryRepository entries;
    private final AuditTrail audit;

    TimelineRecorder(ReviewEntryRepository entries, AuditTrail audit) {
        this.entries = entries;
        this.audit = audit;
    }

    /** Stores what a user recorded on an inbox task (a review task form), as case handling. */
    @Transactional
    public void recordTask(InboxTask task, CurrentUser user, Instant at, Recorded what) {
        record(new ReviewEntry(task.caseId(), task.taskDefinitionKey(), task.id(), user, at, what), user, CASE_HANDLING);
    }

    @Transactional
    void record(ReviewEntry entry, CurrentUser user, String legalBasis) {
        entries.save(entry);
        audit.recordChange(CaseId.of(entry.caseId()), user, entry.auditId(), null, entry.taskKey() + "=" + entry.outcome(),
                legalBasis, "task:" + entry.taskKey());
    }
}
