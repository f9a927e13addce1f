package no.samvirke.sharing.internal;

import no.samvirke.identity.CurrentUser;
import no.samvirke.identity.Role;
import no.samvirke.intake.ConcernSummary;

/**
 * Access control before any lawful-sharing rule: only the case municipality's kjernegruppe
 * (municipal and police members) and its SLT coordinator may know that a case exists.
 */
final class CaseAccessGate {

    private CaseAccessGate() {
    }

    static boolean maySee(CurrentUser viewer, ConcernSummary concern) {
        String municipality = concern.municipalityCode();
        boolean kjernegruppe = viewer.hasRole(Role.KJERNEGRUPPE)
                && viewer.kjernegruppeMunicipalities().contains(municipality);
        boolean slt = viewer.hasRole(Role.SLT_COORDINATOR) && municipality.equals(viewer.municipalityCode());
        return kjernegruppe || slt;
    }
}
