package no.samvirke.identity;

/** What a user may do. Spring Security authorities are {@code ROLE_<name>}. */
public enum Role {
    FRONTLINE, SLT_COORDINATOR, KJERNEGRUPPE, POLICE_CONTACT, PST_LIAISON, PRIVACY_OFFICER, ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
