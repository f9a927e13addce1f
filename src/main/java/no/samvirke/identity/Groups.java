package no.samvirke.identity;

/**
 * Names of the candidate groups used for task routing. Process variables carry these ids
 * (never names of people); {@link CurrentUser#candidateGroups()} says which a user is in.
 */
public final class Groups {

    public static final String PST = "pst";

    private Groups() {
    }

    /** SLT coordinators of one municipality. */
    public static String slt(String municipalityCode) {
        return "slt-" + municipalityCode;
    }

    /** Every kjernegruppe member (municipal and police) for one municipality. */
    public static String kjernegruppe(String municipalityCode) {
        return "kjernegruppe-" + municipalityCode;
    }

    /** The municipal members of a municipality's kjernegruppe. */
    public static String kjernegruppeMunicipal(String municipalityCode) {
        return "kjernegruppe-kommune-" + municipalityCode;
    }

    /** The police members of a municipality's kjernegruppe. */
    public static String kjernegruppePolice(String municipalityCode) {
        return "kjernegruppe-politi-" + municipalityCode;
    }

    /** Police prevention contacts of a police district. */
    public static String police(String policeDistrictCode) {
        return "politi-" + policeDistrictCode;
    }

    /** Stand-ins for a group: an unacknowledged notification handoff escalates to them first. */
    public static String deputy(String group) {
        return "stedfortreder-" + group;
    }

    /** Leaders over a group: the second escalation of an unacknowledged notification handoff. */
    public static String leader(String group) {
        return "leder-" + group;
    }
}
