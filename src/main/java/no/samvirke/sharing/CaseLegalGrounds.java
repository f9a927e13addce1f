package no.samvirke.sharing;

import no.samvirke.identity.CurrentUser;
import no.samvirke.platform.CaseId;

/**
 * The legal grounds recorded on a case by the member who decides it, today the ground of the
 * decision to forward a serious case to the police. Each ground sets its condition of
 * processes/disclosure.dmn for every later view of the case; the table decides what it opens and to
 * whom, from the ground and the source service. Only the decider's side records a ground: the case
 * municipality's SLT coordinator or a municipal kjernegruppe member, never a recipient (the police,
 * PST, a resource person) for itself. Every ground recorded is audited.
 */
public interface CaseLegalGrounds {

    /** Whether {@code user} may record a ground on the case (the decider's side, not a recipient). */
    boolean mayRecord(CaseId caseId, CurrentUser user);

    /**
     * Records the ground of the decision to forward the case to the police (audited as CHANGE with
     * the ground's reference). {@link LegalGround#CONSENT} is accepted only when a consent on record
     * covers the police.
     *
     * @throws org.springframework.security.access.AccessDeniedException when {@link #mayRecord} is false
     * @throws no.samvirke.platform.InvalidInputException when consent is chosen and none covers the police
     */
    void recordForForwarding(CaseId caseId, LegalGround ground, String justification, CurrentUser by);
}
