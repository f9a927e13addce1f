package no.samvirke.intake;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.samvirke.identity.CurrentUser;

/**
 * What registration needs for the reporter's optional "Beskrivelse for anonym drøfting": the
 * sharing module implements it (it owns the detector and the stored text), so that intake does not
 * depend on sharing. Field names are those of the registration form and API.
 */
public interface AnonymisedDescriptionIntake {

    String FIELD = "anonymisedDescription";
    String CONFIRM_FIELD = "confirmAnonymisedDescription";

    /** The subject as typed at registration; any part may be null. */
    record Subject(String name, LocalDate birthDate, String nationalId) {
    }

    /** One finding to highlight for the reporter: where, and the message key saying what it looks like. */
    record Finding(int start, int end, String messageKey, boolean hard) {
    }

    List<Finding> findings(String text, Subject subject);

    /**
     * @throws no.samvirke.platform.InvalidInputException when the text has a hard finding, is too
     *         long, or is not confirmed by the reporter
     */
    void check(String text, boolean confirmed, Subject subject);

    /**
     * Stores the checked text for the concern, confirmed by the reporter, in the caller's transaction
     * (registration, or the reporter writing it later); replaces an earlier text.
     */
    void store(UUID concernId, String text, CurrentUser reporter, Subject subject);

    /** Whether the concern has a confirmed text for anonymised discussion (never the text itself). */
    boolean hasText(UUID concernId);
}
