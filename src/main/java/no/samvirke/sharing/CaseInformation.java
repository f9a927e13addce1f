package no.samvirke.sharing;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.samvirke.identity.CurrentUser;
import no.samvirke.platform.CaseId;

/**
 * Graded case information (observations, notes, police and PST information). Each list read is
 * decided per item from processes/disclosure.dmn and audited; items the viewer may not see are
 * left out without trace (no placeholder, no count).
 */
public interface CaseInformation {

    /** @return empty when the viewer is not a participant of the case (answer 404) */
    Optional<List<InformationItem>> list(CaseId caseId, CurrentUser viewer, String purpose);

    /**
     * @throws no.samvirke.platform.NotFoundException when the user is not a participant
     * @throws no.samvirke.platform.InvalidInputException on bad input (field + message key)
     */
    UUID add(CaseId caseId, NewInformation input, CurrentUser author);

    /** May this user add and read information on this case? */
    boolean participates(CaseId caseId, CurrentUser user);
}
