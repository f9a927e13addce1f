package no.samvirke.notification.internal;

/** PST's (or the police's) harm assessment: may the municipality be told now? */
public enum HarmAssessment {
    /** Yes: telling the municipality now does not harm PST's or the police's work. */
    CLEARED,
    /** Not yet: the assessment is made again before the municipality is told. */
    PENDING,
    /** No: the municipality is not told in this routine. */
    WITHHELD
}
