package no.samvirke.sharing;

/** The level a viewer gets for one item, and the legal reference that justifies it. */
public record Access(DisclosureLevel level, String legalBasis) {
}
