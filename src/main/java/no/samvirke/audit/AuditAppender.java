package no.samvirke.audit;

/**
 * Writes one entry of the audit trail, as given: a plain insert that waits for no other request;
 * the entry is linked into the hash chain moments later (ADR 0019). For modules that build their
 * own {@link AuditRecord}s (sharing's reads and changes); {@link AuditTrail#recordChange} is the
 * shorter door for a change made by a signed-in user.
 */
public interface AuditAppender {

    /**
     * In a transaction of its own: the entry stays recorded even when the caller's transaction
     * rolls back (a read that was shown, a refused attempt).
     */
    void append(AuditRecord record);

    /** In the caller's transaction, which must exist: a rolled-back change leaves no entry. */
    void appendInCurrentTransaction(AuditRecord record);
}
