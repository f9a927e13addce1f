package no.samvirke.catalogue;

/** The recommendation for the revised plan. */
public enum Decision {
    CONTINUE, MERGE, DISCONTINUE, REMOVE
}
