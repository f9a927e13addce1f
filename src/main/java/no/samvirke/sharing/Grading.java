package no.samvirke.sharing;

/**
 * How far a piece of case information may travel: open within the case (decided per viewer by
 * the disclosure table), restricted (the author's agency and the kjernegruppe only), or police
 * and PST only (a sealed compartment: municipal users never learn that it exists).
 */
public enum Grading {
    OPEN_IN_CASE, RESTRICTED, POLICE_PST_ONLY
}
