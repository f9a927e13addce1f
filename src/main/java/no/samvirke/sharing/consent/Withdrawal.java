package no.samvirke.sharing.consent;

import no.samvirke.platform.InvalidInputException;

/**
 * Withdrawing a consent: why (required), and optionally the version the user saw, so that a
 * withdrawal made from an outdated page is refused (409) instead of overwriting another's.
 */
public record Withdrawal(String reason, Long version) {

    public static final int REASON_MAX = 1000;

    public Withdrawal {
        reason = reason == null || reason.isBlank() ? null : reason.trim();
    }

    public Withdrawal validated() {
        if (reason == null) {
            throw InvalidInputException.of("reason", "sharing.consent.error.reason");
        }
        if (reason.length() > REASON_MAX) {
            throw InvalidInputException.of("reason", "sharing.consent.error.reasonTooLong");
        }
        return this;
    }
}
