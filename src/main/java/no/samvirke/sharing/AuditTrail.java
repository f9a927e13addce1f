package no.samvirke.sharing;

/**
 * The privacy officer's view of the audit trail. Entries are appended by {@link CaseViews};
 * nothing here changes or removes them. Callers check that the user is a privacy officer.
 */
public interface AuditTrail {

    /** Recomputes every hash and link, oldest first. */
    ChainVerification verify();

    /** Entries matching the query, newest first. */
    AuditPage entries(AuditQuery query, int page, int size);
}
