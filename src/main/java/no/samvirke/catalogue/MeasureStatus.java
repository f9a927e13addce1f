package no.samvirke.catalogue;

/** A measure's status at the end of a reporting period. */
public enum MeasureStatus {
    DONE, ONGOING, IN_PROGRESS, NOT_DONE
}
