package no.samvirke.audit;

import java.util.List;
import java.util.function.Consumer;
import no.samvirke.identity.CurrentUser;
import no.samvirke.platform.CaseId;

/**
 * The audit trail. Reads are appended by the modules that show personal data (sharing's case views)
 * through {@link AuditAppender}; changes by {@link #recordChange}.
 * Nothing here changes or removes an entry. The query methods are for the privacy officer:
 * their callers check that the user is one.
 */
public interface AuditTrail {

    /**
     * Links every entry written so far into the hash chain and returns how many it linked. Entries
     * are written without waiting for each other and linked moments later (ADR 0019); every
     * method here that reads the trail does this first.
     */
    int chainPending();

    /** Recomputes every hash and link, oldest first. */
    ChainVerification verify();

    /** Entries matching the query, newest first: the whole trail (for the application and its tests). */
    AuditPage entries(AuditQuery query, int page, int size);

    /** Entries matching the query within the officer's {@link AuditScope}, newest first. */
    AuditPage entries(AuditQuery query, CurrentUser privacyOfficer, int page, int size);

    /**
     * Every entry matching the query within the exporter's {@link AuditScope} that was chained when
     * the export began, oldest first, handed to
     * {@code pages} a page at a time (no upper limit: the caller streams them out). The export is
     * itself audited, once every page was handed over: an EXPORT entry names who exported, the filter
     * and the number of entries. Returns that number.
     */
    long export(AuditQuery query, CurrentUser exportedBy, Consumer<List<AuditEntry>> pages);

    /**
     * Records a change of a case's personal data. {@code before} and {@code after} describe the
     * change minimally ("subject=anonymous", "description=120 chars"), never the data itself.
     * Inside a transaction the entry is written in it, and is gone if it rolls back; without one
     * it is written at once.
     *
     * @param items   which items changed, e.g. "subject;description"
     * @param purpose why, e.g. "intake:register" (1..200 characters)
     */
    void recordChange(CaseId caseId, CurrentUser user, String items, String before, String after, String legalBasis,
                      String purpose);

    /**
     * Records a request of the process engine's operator (ADR 0020), in its own transaction, whether
     * it was allowed or refused.
     *
     * @param operation method and path, never the query string, e.g. "POST /engine-rest/deployment/create"
     * @param status    the HTTP status it was answered with
     */
    void recordOperation(CurrentUser operator, String operation, int status);

    /** What was disclosed identified (at least one item FULL) in a case, oldest first. */
    List<Disclosure> disclosures(CaseId caseId);

    /**
     * The same within the officer's {@link AuditScope}: a municipality's officer only for its own
     * cases and municipal recipients; the police's and PST's officers their own agency's.
     */
    List<Disclosure> disclosures(CaseId caseId, CurrentUser privacyOfficer);
}
