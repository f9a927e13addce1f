package no.samvirke.sharing.consent;

import java.util.UUID;
import no.samvirke.identity.CurrentUser;

/**
 * Consent records of a case. Only the case municipality's kjernegruppe and its SLT coordinator
 * may list, record or withdraw them; for everyone else the case does not exist
 * ({@link no.samvirke.platform.NotFoundException}). Records are never deleted: a withdrawal is
 * recorded on the consent. Every call appends to the audit trail.
 */
public interface Consents {

    /** Reads the case through {@code CaseViews} (audited); givers' names only at level FULL. */
    ConsentList list(UUID concernId, CurrentUser user, String purpose);

    ConsentView record(UUID concernId, NewConsent consent, CurrentUser user, String purpose);

    /** @throws no.samvirke.platform.ConflictException when already withdrawn or changed meanwhile */
    ConsentView withdraw(UUID concernId, UUID consentId, Withdrawal withdrawal, CurrentUser user, String purpose);
}
