package no.samvirke.identity;

/** The three kinds of body that share information in Samvirke. */
public enum Agency {
    MUNICIPALITY, POLICE, PST
}
