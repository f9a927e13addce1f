package no.samvirke.intake.personal;

import java.util.Optional;
import java.util.UUID;

/** Reads concerns with personal data. For the sharing module only (enforced by ModularityTests). */
public interface ConcernRecords {

    Optional<ConcernRecord> find(UUID concernId);
}
