package no.samvirke.audit;

/**
 * What an audit entry records: a read of personal data, a change to it (with minimal before and
 * after values), the privacy officer's export of the trail itself, a refused attempt to read a
 * case (the gate said no and the user got 404; the entry names the viewer, the case id and what was
 * asked), or a request of the process engine's operator (Cockpit, {@code /engine-rest}), allowed or
 * refused (ADR 0020); or an administrator's change to who is who (the {@code ADM_*} values, one per kind of
 * change, no case; at most 10 characters, the width of the action column).
 */
public enum AuditAction {
    READ, CHANGE, EXPORT, REFUSED, OPERATE,
    /** A police district was added. */
    ADM_DISTR,
    /** A municipality joined. */
    ADM_MUNADD,
    /** A municipality's name or police district changed. */
    ADM_MUNUPD,
    /** A municipality follows an action plan (the catalogue's plan for it). */
    ADM_PLAN,
    /** A local account was created (never the password). */
    ADM_LOCAL,
    /** A pending account was approved. */
    ADM_APPROV,
    ADM_DEACT,
    ADM_REACT,
    /** A membership was granted. */
    ADM_GRANT,
    /** A membership was ended. */
    ADM_END,
    /** A search of the case list: the kind of term (never the term) and the cases returned. No single case. */
    SEARCH,
    /** A repeat concern: a match between two cases shown, attached, or kept apart (names both cases). */
    MATCH,
    /** A transfer between municipalities proposed, accepted or declined (names the case). */
    TRANSFER;

    /** Whether an entry of this kind is about one case (and so must name it). */
    public boolean aboutCase() {
        return this == READ || this == CHANGE || this == REFUSED || this == MATCH || this == TRANSFER;
    }
}
