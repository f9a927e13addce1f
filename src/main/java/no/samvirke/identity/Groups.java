package no.samvirke.identity;

import java.util.Optional;

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

    /**
     * A participating service of a municipality's follow-up plans (returnee and family follow-up),
     * e.g. {@code oppfolging-child-and-youth-3201}. {@code serviceCode} is the follow-up module's
     * service name (SCHOOL, NAV, CHILD_AND_YOUTH, …).
     */
    public static String followUpService(String municipalityCode, String serviceCode) {
        return "oppfolging-" + serviceCode.toLowerCase().replace('_', '-') + "-" + municipalityCode;
    }

    /** The follow-up service a municipal kjernegruppe member represents, by the service they work in. */
    public static Optional<String> followUpServiceOf(ServiceUnit unit) {
        return Optional.ofNullable(switch (unit) {
            case SCHOOL -> "SCHOOL";
            case HEALTH_STATION, SOCIAL_SERVICES -> "HEALTH_AND_SOCIAL";
            case CHILD_WELFARE, OUTREACH, CULTURE_AND_YOUTH -> "CHILD_AND_YOUTH";
            case NAV -> "NAV";
            default -> null;
        });
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
