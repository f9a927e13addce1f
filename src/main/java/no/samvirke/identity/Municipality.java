package no.samvirke.identity;

/** A municipality served by Samvirke, with the police district it belongs to. */
public record Municipality(String code, String name, String referencePrefix, String policeDistrictCode) {
}
