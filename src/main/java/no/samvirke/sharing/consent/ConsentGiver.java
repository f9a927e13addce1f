package no.samvirke.sharing.consent;

/**
 * Who gave the consent: the person the concern is about, the guardians (for a child), or both
 * together. Which of them may consent follows processes/consent.dmn from the person's age.
 */
public enum ConsentGiver {
    PERSON, GUARDIANS, PERSON_AND_GUARDIANS
}
