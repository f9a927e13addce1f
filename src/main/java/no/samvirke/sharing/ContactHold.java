package no.samvirke.sharing;

import java.time.Instant;
import java.time.LocalDate;

/**
 * PST's "do not contact the family" flag as one viewer may see it. Municipal users get only
 * {@code held} and {@code expiresOn}; the reason, who and when are null for them.
 */
public record ContactHold(boolean held, LocalDate expiresOn, String reason, String setBy, Instant setAt) {

    public static final int REASON_MAX = 2000;

    public static ContactHold none() {
        return new ContactHold(false, null, null, null, null);
    }
}
