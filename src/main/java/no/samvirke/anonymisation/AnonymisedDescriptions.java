package no.samvirke.anonymisation;

import java.util.List;
import java.util.Optional;
import no.samvirke.identity.CurrentUser;
import no.samvirke.platform.CaseId;

/**
 * The description of a case written for anonymised discussion (ADR 0021). Viewers at level
 * ANONYMISED never get the reporter's own description; they get this text once a person has
 * confirmed it, and a placeholder until then. The text is checked by the one detector of
 * identifying text: a hard finding (a name, a national id, an e-mail address, a phone number, an
 * address, the subject's birth date) must be rewritten; soft findings and the text as a whole
 * need the writer's confirmation ({@value #CONFIRM_FIELD}). Callers check that the user may act on
 * the case (the SLT coordinator at screening).
 */
public interface AnonymisedDescriptions {

    String FIELD = "anonymisedDescription";
    String CONFIRM_FIELD = "confirmAnonymisedDescription";
    int MAX_LENGTH = 10_000;

    /** What in {@code text} may identify the case's subject or anyone else, in order. */
    List<TextFinding> findings(CaseId caseId, String text);

    /**
     * Checks and stores the text as the case's anonymised description, confirmed by {@code by}
     * (audited as CHANGE in the caller's transaction; replaces an earlier one).
     *
     * @throws no.samvirke.platform.InvalidInputException with one problem per kind found (field
     *         {@value #FIELD}) and, unless confirmed, one for {@value #CONFIRM_FIELD}; nothing is stored
     */
    void confirm(CaseId caseId, String text, boolean confirmed, CurrentUser by, String purpose);

    /**
     * The case's confirmed text, if any, as stored: no gate and no audit entry. Only for sharing's
     * case views, which decide who may see it and record the read; everyone else reads a case
     * through {@code no.samvirke.sharing.CaseViews}.
     */
    Optional<String> confirmedText(CaseId caseId);
}
