package no.samvirke.sharing;

import java.time.Instant;

/**
 * A proposed conversion of an anonymised discussion to a named case, waiting for a second
 * authorised member to confirm it (four eyes). Holds no personal data.
 */
public record ConversionProposal(Conversion conversion, String proposedBy, Instant proposedAt) {
}
