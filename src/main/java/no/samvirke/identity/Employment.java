package no.samvirke.identity;

/**
 * Where a person works: the service (and so the agency), the municipality for municipal staff, the
 * police district for police staff; PST has neither.
 */
public record Employment(ServiceUnit service, String municipalityCode, String policeDistrictCode) {
}
