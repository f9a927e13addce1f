package no.samvirke.sharing.consent;

/** How the consent was given. An oral consent needs a witness. */
public enum ConsentForm {
    WRITTEN, ORAL
}
