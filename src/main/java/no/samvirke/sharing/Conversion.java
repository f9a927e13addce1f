package no.samvirke.sharing;

/**
 * The recorded basis for turning an anonymised discussion into a named case. {@code consentReference}
 * points to the consent (required for {@link LegalGround#CONSENT}); {@code justification} is the
 * kjernegruppe member's written reasons.
 */
public record Conversion(LegalGround ground, String consentReference, String justification) {
}
