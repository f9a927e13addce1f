package no.samvirke.sharing.consent.internal;

import no.samvirke.identity.Agency;
import no.samvirke.identity.CurrentUser;
import no.samvirke.identity.Role;
import no.samvirke.intake.ConcernSummary;

/**
 * Who may record a consent on a case: the case owner (the SLT coordinator of the case
 * municipality) or the source service (the reporter's own organisation: the same municipality and
 * service unit as the concern's reporter). A recipient (the police, PST, a kjernegruppe member of
 * another service, a resource person) never records a consent that would let itself see more.
 */
public final class ConsentAuthority {

    private ConsentAuthority() {
    }

    public static boolean mayRecord(CurrentUser user, ConcernSummary concern) {
        return isCaseOwner(user, concern) || isSourceService(user, concern);
    }

    static boolean isCaseOwner(CurrentUser user, ConcernSummary concern) {
        return user.hasRole(Role.SLT_COORDINATOR) && concern.municipalityCode().equals(user.municipalityCode());
    }

    public static boolean isSourceService(CurrentUser user, ConcernSummary concern) {
        return user.agency() == Agency.MUNICIPALITY && concern.reporterService() != null
                && concern.reporterService() == user.service()
                && concern.municipalityCode().equals(user.municipalityCode());
    }
}
