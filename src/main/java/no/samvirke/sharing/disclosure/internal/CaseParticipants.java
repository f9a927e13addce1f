package no.samvirke.sharing.disclosure.internal;

import no.samvirke.identity.Agency;
import no.samvirke.identity.CurrentUser;
import no.samvirke.identity.Role;
import no.samvirke.identity.Users;
import no.samvirke.intake.ConcernSummary;
import no.samvirke.sharing.CaseGate;
import no.samvirke.sharing.Grading;
import org.springframework.stereotype.Component;

/**
 * Who takes part in a case's information and which compartments they may enter. Access
 * control only; the level of what they then see comes from the disclosure table.
 */
@Component
public class CaseParticipants {

    private final Users users;

    CaseParticipants(Users users) {
        this.users = users;
    }

    /** The kjernegruppe and SLT (as for the case), the district's police contacts, and PST (national). */
    public boolean participates(CurrentUser user, ConcernSummary concern) {
        if (CaseGate.maySee(user, concern) || user.hasRole(Role.PST_LIAISON)) {
            return true;
        }
        String district = users.municipality(concern.municipalityCode()).policeDistrictCode();
        return user.hasRole(Role.POLICE_CONTACT) && district != null && district.equals(user.policeDistrictCode());
    }

    /** Sealed and restricted compartments: municipal users never enter police/PST-only ones. */
    public static boolean mayEnter(CurrentUser user, ConcernSummary concern, Grading grading, Agency sourceAgency) {
        return switch (grading) {
            case OPEN_IN_CASE -> true;
            case RESTRICTED -> user.agency() == sourceAgency || user.isKjernegruppeMemberOf(concern.municipalityCode());
            case POLICE_PST_ONLY -> user.agency() == Agency.POLICE || user.agency() == Agency.PST;
        };
    }
}
