package no.samvirke.sharing.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import no.samvirke.platform.InvalidInputException;

/** PST's form for the "do not contact the family" hold. */
record HoldForm(String reason, String expiresOn) {

    static HoldForm empty() {
        return new HoldForm("", "");
    }

    LocalDate expiryDate() {
        if (expiresOn == null || expiresOn.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(expiresOn.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of("expiresOn", "sharing.contact.expiresOn.invalid");
        }
    }
}
