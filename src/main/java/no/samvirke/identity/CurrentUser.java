package no.samvirke.identity;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The signed-in user as the rest of Samvirke sees it: who, which agency and service, where,
 * and which roles. Contains no password. Serializable: it is kept in the database-backed session.
 */
public record CurrentUser(
        String username,
        String displayName,
        ServiceUnit service,
        String municipalityCode,
        String policeDistrictCode,
        Set<Role> roles,
        Set<String> kjernegruppeMunicipalities) implements java.io.Serializable {

    public CurrentUser {
        roles = Set.copyOf(roles);
        kjernegruppeMunicipalities = Set.copyOf(kjernegruppeMunicipalities);
    }

    public Agency agency() {
        return service.agency();
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /**
     * A member (municipal or police) of that municipality's kjernegruppe: the one rule every
     * module asks when a case's municipality decides who takes part.
     */
    public boolean isKjernegruppeMemberOf(String municipalityCode) {
        return hasRole(Role.KJERNEGRUPPE) && kjernegruppeMunicipalities.contains(municipalityCode);
    }

    /** The candidate groups this user belongs to, for the task inbox. */
    public List<String> candidateGroups() {
        Set<String> groups = new LinkedHashSet<>();
        if (hasRole(Role.SLT_COORDINATOR) && municipalityCode != null) {
            groups.add(Groups.slt(municipalityCode));
        }
        if (hasRole(Role.KJERNEGRUPPE)) {
            for (String code : kjernegruppeMunicipalities) {
                groups.add(Groups.kjernegruppe(code));
                groups.add(agency() == Agency.MUNICIPALITY
                        ? Groups.kjernegruppeMunicipal(code) : Groups.kjernegruppePolice(code));
                if (agency() == Agency.MUNICIPALITY) {
                    Groups.followUpServiceOf(service).ifPresent(s -> groups.add(Groups.followUpService(code, s)));
                }
            }
        }
        if (hasRole(Role.POLICE_CONTACT) && policeDistrictCode != null) {
            groups.add(Groups.police(policeDistrictCode));
        }
        if (hasRole(Role.PST_LIAISON)) {
            groups.add(Groups.PST);
        }
        String receiving = receivingGroup();
        if (hasRole(Role.DEPUTY) && receiving != null) {
            groups.add(Groups.deputy(receiving));
        }
        if (hasRole(Role.LEADER) && receiving != null) {
            groups.add(Groups.leader(receiving));
        }
        return List.copyOf(groups);
    }

    /**
     * The group that receives notification handoffs for this user's agency where they work: the
     * municipality's SLT coordinators, the district's police contacts, or PST. Null if none.
     */
    public String receivingGroup() {
        return switch (agency()) {
            case MUNICIPALITY -> municipalityCode == null ? null : Groups.slt(municipalityCode);
            case POLICE -> policeDistrictCode == null ? null : Groups.police(policeDistrictCode);
            case PST -> Groups.PST;
        };
    }
}
