package no.samvirke.identity;

/**
 * What a person is in the cooperation, for a period: each kind gives one {@link Role}, and is held
 * in a {@link Scope} (a municipality, a police district, or none).
 */
public enum MembershipKind {
    /** Registers concerns in a municipality (the employer municipality). */
    FRONTLINE(Role.FRONTLINE, Scope.MUNICIPALITY),
    SLT_COORDINATOR(Role.SLT_COORDINATOR, Scope.MUNICIPALITY),
    /** A municipal or police member of a municipality's kjernegruppe; a police member may sit in several. */
    KJERNEGRUPPE(Role.KJERNEGRUPPE, Scope.MUNICIPALITY),
    POLICE_CONTACT(Role.POLICE_CONTACT, Scope.POLICE_DISTRICT),
    PST_LIAISON(Role.PST_LIAISON, Scope.NONE),
    /** Of a municipality, of a police district, or of PST (scope none), after the person's agency. */
    PRIVACY_OFFICER(Role.PRIVACY_OFFICER, Scope.AGENCY),
    /** Receives escalations of the agency's receiving group (SLT, police contacts, PST) after the deadline. */
    DEPUTY(Role.DEPUTY, Scope.AGENCY),
    /** Receives escalations after the deputies. */
    LEADER(Role.LEADER, Scope.AGENCY),
    /** May be made a resource person on a case of that municipality (time-limited, after the declaration). */
    RESOURCE_PERSON(Role.RESOURCE_PERSON, Scope.MUNICIPALITY),
    ADMIN(Role.ADMIN, Scope.NONE);

    /** Where a membership is held. */
    public enum Scope {
        MUNICIPALITY,
        POLICE_DISTRICT,
        /** The person's own agency's unit: their municipality, their police district, or PST (no code). */
        AGENCY,
        NONE
    }

    private final Role role;
    private final Scope scope;

    MembershipKind(Role role, Scope scope) {
        this.role = role;
        this.scope = scope;
    }

    public Role role() {
        return role;
    }

    public Scope scope() {
        return scope;
    }
}
