package no.samvirke.intake;

import java.util.UUID;
import no.samvirke.identity.ServiceUnit;

/**
 * Published in the registering transaction when a concern has been stored. Carries ids and
 * routing flags only, never personal data.
 */
public record ConcernRegistered(
        UUID concernId,
        String reference,
        String municipalityCode,
        ServiceUnit reporterService,
        boolean acuteDanger,
        boolean anonymous,
        boolean consentToShare) {
}
