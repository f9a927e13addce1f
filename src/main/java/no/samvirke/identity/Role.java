package no.samvirke.identity;

/** What a user may do. Spring Security authorities are {@code ROLE_<name>}. */
public enum Role {
    FRONTLINE, SLT_COORDINATOR, KJERNEGRUPPE, POLICE_CONTACT, PST_LIAISON, PRIVACY_OFFICER, ADMIN,
    /** Stands in for their agency's receiving group (SLT, police contacts, PST) when a handoff is overdue. */
    DEPUTY,
    /** Leads their agency's receiving group; gets a handoff that is still unacknowledged after the deputies. */
    LEADER,
    /** May be made a resource person on a case of their municipality (a membership, ADR 0029). */
    RESOURCE_PERSON;

    public String authority() {
        return "ROLE_" + name();
    }
}
