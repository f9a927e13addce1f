package no.samvirke.sharing;

import java.util.Arrays;
import java.util.List;

/**
 * The legal bases of the disclosure matrix that a decider records on a case: consent, or one of
 * the statutory grounds. This enumeration is the one list of grounds: the pages offer its values
 * (conversion of an anonymised discussion, the decision to forward a serious case to the police),
 * and each statutory ground names the condition input of processes/disclosure.dmn that it sets for
 * every later view of the case. What a ground opens, and to whom, the table decides.
 */
public enum LegalGround {
    /** Consent is read from the consent register (withdrawals honoured), not from a recorded ground. */
    CONSENT("fvl. § 13 a nr. 1 (samtykke)", null),
    OFFENCE_INFORMATION("fvl. § 13 b nr. 6 (lovbrudd, allmenn interesse)", "offenceInformation"),
    DANGER_TO_LIFE_OR_HEALTH("fvl. § 13 b nr. 7 (fare for liv eller helse)", "dangerToLifeOrHealth"),
    HEALTH_PERSONNEL_TO_POLICE("hpl. § 23 nr. 4 / § 31 (helsepersonell: tungtveiende interesser, avverge alvorlig skade)",
            "healthPersonnelToPolice"),
    DUTY_TO_AVERT("straffeloven § 196 (avvergeplikt)", "dutyToAvert"),
    DUTY_TO_INFORM_CHILD_WELFARE("barnevernsloven § 13-2 (opplysningsplikt til barnevernet)", "neglectOrAbuse");

    private final String reference;
    private final String decisionInput;

    LegalGround(String reference, String decisionInput) {
        this.reference = reference;
        this.decisionInput = decisionInput;
    }

    /** The legal reference as recorded in the audit trail. */
    public String reference() {
        return reference;
    }

    /** The name of the boolean input of processes/disclosure.dmn this ground sets; null for consent. */
    public String decisionInput() {
        return decisionInput;
    }

    /** The statutory grounds: every ground that sets an input of the decision table. */
    public static List<LegalGround> statutory() {
        return Arrays.stream(values()).filter(g -> g.decisionInput != null).toList();
    }
}
