package no.samvirke.sharing;

import java.time.Instant;
import java.util.Optional;
import no.samvirke.identity.CurrentUser;
import no.samvirke.platform.CaseId;

/**
 * Ad-hoc resource persons: time-limited access to one case for a named user, open only after
 * they accept a confidentiality declaration. Grant, acceptance and expiry are audited as CHANGE.
 * Callers check that the granting user is a kjernegruppe member of the case.
 */
public interface CaseResourcePersons {

    /** The longest period one grant may cover. */
    java.time.Duration MAX_PERIOD = java.time.Duration.ofDays(30);

    /**
     * True when the user exists and works in the case's own municipality, the police district it
     * belongs to, or PST: the only places a resource person may come from.
     */
    boolean eligible(CaseId caseId, String username);

    /**
     * @throws IllegalArgumentException when {@code to} is not after {@code from}, the period is too
     *                                  long, or the user is not {@link #eligible eligible}
     */
    void grant(CaseId caseId, String username, Instant from, Instant to, CurrentUser by);

    /** The user's access to the case now; empty when there is no grant in force. */
    Optional<ResourceAccess> accessNow(CaseId caseId, CurrentUser user);

    /** Records the acceptance of the declaration ({@code declarationKey}: version/text key). */
    void acceptDeclaration(CaseId caseId, CurrentUser user, String declarationKey);
}
