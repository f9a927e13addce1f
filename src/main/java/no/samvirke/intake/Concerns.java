package no.samvirke.intake;

import java.util.Optional;
import java.util.UUID;

/** The intake module's API for the other modules. No personal data passes through it. */
public interface Concerns {

    Optional<ConcernSummary> summary(UUID concernId);

    /** Moves the reporter-visible status on (received → being assessed → closed). */
    void changeStatus(UUID concernId, ConcernStatus status);
}
