package no.samvirke.clarification.internal;

/** The police's assessment of the concern after the talk. */
public enum Assessment {
    CONCERN_CONFIRMED, CONCERN_WEAKENED, CONCERN_DISMISSED
}
