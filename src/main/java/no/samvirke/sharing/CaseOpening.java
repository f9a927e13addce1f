package no.samvirke.sharing;

import no.samvirke.intake.ConcernSummary;
import no.samvirke.platform.CaseId;

/**
 * What {@link CaseGate} decided for one viewer and one case: the summary (null for an unknown
 * case) and the viewer's capacity. Made by the gate only; pass it on instead of asking again.
 *
 * @param member         a kjernegruppe member of the case's municipality
 * @param sltCoordinator the SLT coordinator of the case's municipality
 * @param resourcePerson (not a member) a resource person with an accepted declaration in their period
 */
public record CaseOpening(CaseId caseId, ConcernSummary summary, boolean member, boolean sltCoordinator,
                          boolean resourcePerson) {

    /** May read the case's personal data through sharing (the case API): kjernegruppe, SLT or resource person. */
    public boolean mayRead() {
        return summary != null && (member || sltCoordinator || resourcePerson);
    }

    /** May open the case page: a kjernegruppe member or an accepted resource person. */
    public boolean mayOpenPage() {
        return summary != null && (member || resourcePerson);
    }
}
