package no.samvirke.review.process;

import no.samvirke.platform.CaseId;
import no.samvirke.platform.ProcessBean;
import java.util.UUID;
import no.samvirke.identity.Groups;
import no.samvirke.sharing.CaseConfidentiality;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Start listener of {@code user_review_concern}: the review task's candidate groups follow from
 * the case's confidentiality. Everyone in the kjernegruppe gets it when the case is discussed
 * anonymously (nobody sees the identity) or when the police members have a basis to see it (the
 * DMN says so: consent or a statutory ground). A named case without a police basis goes to the
 * municipal members only; the police members read the same case anonymised on the case page.
 */
@Component("routeReviewDelegate")
@ProcessBean
class RouteReviewDelegate implements JavaDelegate {

    private final CaseConfidentiality confidentiality;

    RouteReviewDelegate(CaseConfidentiality confidentiality) {
        this.confidentiality = confidentiality;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID caseId = UUID.fromString(execution.getBusinessKey());
        String municipality = ConcernProcess.MUNICIPALITY_CODE.from(execution);
        boolean everyone = confidentiality.anonymised(CaseId.of(caseId)) || confidentiality.policeMayKnowIdentity(CaseId.of(caseId));
        ConcernProcess.REVIEW_GROUPS.set(execution,
                everyone ? Groups.kjernegruppe(municipality) : Groups.kjernegruppeMunicipal(municipality));
    }
}
