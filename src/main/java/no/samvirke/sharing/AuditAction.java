package no.samvirke.sharing;

/** What an audit entry records: a read of personal data, or a change to it. */
public enum AuditAction {
    READ, CHANGE
}
