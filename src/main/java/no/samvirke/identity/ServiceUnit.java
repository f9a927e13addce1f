package no.samvirke.identity;

/**
 * The service a user works in. The source service of a piece of information decides which
 * confidentiality rules apply to it (see DOMAIN.md, "Lawful sharing").
 */
public enum ServiceUnit {
    SCHOOL(Agency.MUNICIPALITY),
    HEALTH_STATION(Agency.MUNICIPALITY),
    CHILD_WELFARE(Agency.MUNICIPALITY),
    SOCIAL_SERVICES(Agency.MUNICIPALITY),
    NAV(Agency.MUNICIPALITY),
    OUTREACH(Agency.MUNICIPALITY),
    CULTURE_AND_YOUTH(Agency.MUNICIPALITY),
    SLT(Agency.MUNICIPALITY),
    PRIVACY(Agency.MUNICIPALITY),
    ADMINISTRATION(Agency.MUNICIPALITY),
    POLICE_PREVENTION(Agency.POLICE),
    PST(Agency.PST);

    private final Agency agency;

    ServiceUnit(Agency agency) {
        this.agency = agency;
    }

    public Agency agency() {
        return agency;
    }
}
