package no.samvirke.identity;

public class UnknownMunicipalityException extends RuntimeException {
    public UnknownMunicipalityException(String code) {
        super("Unknown municipality code " + code);
    }
}
