package no.samvirke.intake.personal;

import java.util.List;
import java.util.UUID;
import no.samvirke.intake.NotificationCases;

/**
 * Finds a municipality's cases about a person (same national id, or same name and birth date).
 * Matching a name or a national id against the concern table is itself a disclosure (it tells
 * that a case exists and who it is about), so only the sharing module may ask: it decides each
 * match per recipient and records it (enforced by ModularityTests).
 */
public interface PersonCases {

    /** Ids of the municipality's cases about this person, oldest first. */
    List<UUID> casesOf(String municipalityCode, NotificationCases.Person person);
}
