package no.samvirke.sharing;

import no.samvirke.identity.CurrentUser;
import no.samvirke.identity.Role;
import no.samvirke.intake.ConcernSummary;
import no.samvirke.platform.CaseId;

/**
 * The one gate before a case: may this viewer know that the case exists, and in which capacity.
 * Decided from the summary (which holds no personal data) and the resource-person grants, before
 * anything personal is read. The case page and the case API ask it once per view and hand the
 * {@link CaseOpening} on to {@link CaseViews}.
 */
public interface CaseGate {

    /**
     * The viewer's capacity on the case now. Looks at resource-person grants only for a viewer who
     * is not a kjernegruppe member of the case (and records an expiry it finds on the way).
     */
    CaseOpening open(CaseId caseId, CurrentUser viewer);

    /** As {@link #open(CaseId, CurrentUser)} for a case whose summary the caller has just read. */
    CaseOpening open(ConcernSummary summary, CurrentUser viewer);

    /** A kjernegruppe member of the case's municipality (false for an unknown case). */
    boolean isMember(CaseId caseId, CurrentUser viewer);

    /**
     * Access control before any lawful-sharing rule: only the case municipality's kjernegruppe
     * (municipal and police members) and its SLT coordinator may know that a case exists.
     */
    static boolean maySee(CurrentUser viewer, ConcernSummary concern) {
        String municipality = concern.municipalityCode();
        boolean slt = viewer.hasRole(Role.SLT_COORDINATOR) && municipality.equals(viewer.municipalityCode());
        return viewer.isKjernegruppeMemberOf(municipality) || slt;
    }
}
