package no.samvirke.anonymisation;

/**
 * What kind of thing in a free text looks like it could identify a person. A <em>hard</em> kind
 * (a name, a national id, an e-mail address, a phone number, a street address, the subject's birth
 * date) stops a text meant for anonymised discussion from being confirmed: it must be rewritten.
 * A soft kind (a capitalised word that may be a name, another date, a year) needs the writer's
 * explicit confirmation that the text does not identify the person.
 */
public enum IdentifyingKind {
    SUBJECT_NAME(true), PERSON_NAME(true), NATIONAL_ID_NUMBER(true), EMAIL_ADDRESS(true), PHONE_NUMBER(true),
    SUBJECT_BIRTH_DATE(true), ADDRESS(true), POSSIBLE_NAME(false), DATE(false), YEAR(false);

    private final boolean hard;

    IdentifyingKind(boolean hard) {
        this.hard = hard;
    }

    /** True when a text with this finding cannot be confirmed for anonymised discussion. */
    public boolean hard() {
        return hard;
    }
}
