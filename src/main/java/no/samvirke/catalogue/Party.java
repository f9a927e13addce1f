package no.samvirke.catalogue;

/** Who is responsible for a measure: the municipality (grey in the plan), the police (blue) or PST. */
public enum Party {
    MUNICIPALITY, POLICE, PST
}
