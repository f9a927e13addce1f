package no.samvirke.sharing;

import java.util.Optional;
import no.samvirke.identity.CurrentUser;
import no.samvirke.platform.CaseId;

/**
 * The only way to read a concern's personal data. Decides each item's level from
 * processes/disclosure.dmn and appends an audit entry for the read (who, what, level, basis,
 * purpose, from where).
 */
public interface CaseViews {

    /**
     * @param purpose why the data is read, e.g. "task:user_review_concern" or "page:case"
     * @return empty when the viewer may not know the case exists (answer 404)
     */
    Optional<CaseView> view(CaseId caseId, CurrentUser viewer, String purpose);

    /**
     * As {@link #view(CaseId, CurrentUser, String)} for a case whose gate the caller has already
     * passed: {@code opening} is what {@link CaseGate#open} decided for this viewer, not asked again.
     */
    Optional<CaseView> view(CaseOpening opening, CurrentUser viewer, String purpose);
}
