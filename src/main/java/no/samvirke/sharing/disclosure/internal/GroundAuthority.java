package no.samvirke.sharing.disclosure.internal;

import no.samvirke.identity.Agency;
import no.samvirke.identity.CurrentUser;
import no.samvirke.identity.Role;
import no.samvirke.intake.ConcernSummary;

/**
 * Who may record a legal ground on a case: the decider's side, that is the case municipality's SLT
 * coordinator or a municipal member of its kjernegruppe. A recipient (the police or PST, who would
 * see more by it; a resource person; another municipality) never records the ground of its own access.
 */
public final class GroundAuthority {

    private GroundAuthority() {
    }

    public static boolean mayRecord(CurrentUser user, ConcernSummary concern) {
        if (user.agency() != Agency.MUNICIPALITY || !concern.municipalityCode().equals(user.municipalityCode())) {
            return false;
        }
        boolean slt = user.hasRole(Role.SLT_COORDINATOR);
        boolean member = user.isKjernegruppeMemberOf(concern.municipalityCode());
        return slt || member;
    }
}
