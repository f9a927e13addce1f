package no.samvirke.clarification.internal;

/** Who is invited: the person, or for a minor the guardians and the child together. */
public enum Invitee {
    PERSON, GUARDIANS_AND_CHILD
}
