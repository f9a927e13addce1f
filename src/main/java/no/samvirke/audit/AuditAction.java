package no.samvirke.audit;

/**
 * What an audit entry records: a read of personal data, a change to it (with minimal before and
 * after values), the privacy officer's export of the trail itself, a refused attempt to read a
 * case (the gate said no and the user got 404; the entry names the viewer, the case id and what was
 * asked), or a request of the process engine's operator (Cockpit, {@code /engine-rest}), allowed or
 * refused (ADR 0020).
 */
public enum AuditAction {
    READ, CHANGE, EXPORT, REFUSED, OPERATE
}
