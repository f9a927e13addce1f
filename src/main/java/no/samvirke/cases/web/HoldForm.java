package no.samvirke.cases.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** PST's form for the "do not contact the family" hold. */
record HoldForm(String reason, String expiresOn) {

    static HoldForm empty() {
        return new HoldForm("", "");
    }

    /** Null when blank or not a date; {@link #unreadableDate()} tells which. */
    LocalDate expiryDate() {
        if (expiresOn == null || expiresOn.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(expiresOn.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    boolean unreadableDate() {
        return expiresOn != null && !expiresOn.isBlank() && expiryDate() == null;
    }
}
