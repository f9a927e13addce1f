package no.samvirke.intake;

/** What the concern is about. */
public enum Category {
    RADICALISATION, VIOLENT_EXTREMISM, HATE_CRIME, TRAVEL_TO_CONFLICT_AREA, OTHER
}
