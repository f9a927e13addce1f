package no.samvirke.sharing;

/**
 * What an audit entry records: a read of personal data, a change to it (with minimal before and
 * after values), or the privacy officer's export of the trail itself.
 */
public enum AuditAction {
    READ, CHANGE, EXPORT
}
