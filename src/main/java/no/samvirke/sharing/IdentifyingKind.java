package no.samvirke.sharing;

/** What kind of thing in a free text looks like it could identify the subject. */
public enum IdentifyingKind {
    NATIONAL_ID_NUMBER, PHONE_NUMBER, EMAIL_ADDRESS, SUBJECT_NAME
}
