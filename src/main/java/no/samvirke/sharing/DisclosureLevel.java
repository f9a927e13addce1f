package no.samvirke.sharing;

public enum DisclosureLevel {
    FULL, ANONYMISED, NONE
}
