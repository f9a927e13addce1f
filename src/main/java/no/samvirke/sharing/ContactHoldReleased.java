package no.samvirke.sharing;

import java.util.UUID;

/** PST released the "do not contact the family" hold of a case; held work may go on. */
public record ContactHoldReleased(UUID caseId) {
}
