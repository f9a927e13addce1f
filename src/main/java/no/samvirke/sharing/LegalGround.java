package no.samvirke.sharing;

/**
 * The legal bases on which an anonymised discussion may become a named case: consent, or one
 * of the statutory grounds of the disclosure matrix. Each statutory ground sets the matching
 * condition input of processes/disclosure.dmn for every later view.
 */
public enum LegalGround {
    CONSENT("fvl. § 13 a nr. 1 (samtykke)"),
    OFFENCE_INFORMATION("fvl. § 13 b nr. 6 (lovbrudd, allmenn interesse)"),
    DANGER_TO_LIFE_OR_HEALTH("fvl. § 13 b nr. 7 (fare for liv eller helse)"),
    DUTY_TO_AVERT("straffeloven § 196 (avvergeplikt)"),
    DUTY_TO_INFORM_CHILD_WELFARE("barnevernsloven § 13-2 (opplysningsplikt til barnevernet)");

    private final String reference;

    LegalGround(String reference) {
        this.reference = reference;
    }

    /** The legal reference as recorded in the audit trail. */
    public String reference() {
        return reference;
    }
}
