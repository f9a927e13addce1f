package no.samvirke.intake;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The intake module's API for the other modules. No personal data passes through it. */
public interface Concerns {

    Optional<ConcernSummary> summary(UUID concernId);

    /** The human references (B-2026-0042) of those of {@code ids} that are concerns, in one query. */
    Map<UUID, String> references(Collection<UUID> ids);

    /** Moves the reporter-visible status on (received → being assessed → closed). */
    void changeStatus(UUID concernId, ConcernStatus status);
}
