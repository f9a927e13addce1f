package no.samvirke.identity;

/** A police district (e.g. {@code sor-ost}, "Sør-Øst politidistrikt"): reference data kept by administrators. */
public record PoliceDistrict(String code, String name) {
}
