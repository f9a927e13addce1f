package no.samvirke.sharing.consent;

/** Who gave the consent: the person the concern is about, or (for a child) the guardians. */
public enum ConsentGiver {
    PERSON, GUARDIANS
}
