package no.samvirke.sharing.consent.internal;

import no.samvirke.sharing.disclosure.internal.LatestDecision;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.Map;
import no.samvirke.identity.ServiceUnit;
import no.samvirke.sharing.consent.ConsentGiver;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.stereotype.Component;

/**
 * Asks processes/consent.dmn (decision {@value #DECISION_KEY}) who may give a consent: the
 * person, the guardians, or both. The age is computed here, at the consent's start date, from the
 * birth date on the case (null when it is unknown); the kind of data is HEALTH when the source is
 * the health service. Like {@link DisclosureRules}, answers are remembered per deployed version
 * and the latest version is looked up again at most every second. No rule: nobody may consent
 * (fails closed).
 */
@Component
class ConsentGiverRules {

    static final String DECISION_KEY = "consent";
    private static final Duration RECHECK = Duration.ofSeconds(1);

    /** The table's answer: who may consent, and the legal reference of the rule that said so. */
    record Answer(ConsentGiver givers, String legalBasis) {
    }

    private final DecisionService decisions;
    private final LatestDecision<Answer> latest;

    ConsentGiverRules(DecisionService decisions, RepositoryService repository) {
        this.decisions = decisions;
        this.latest = new LatestDecision<>(repository, DECISION_KEY, RECHECK);
    }

    Answer decide(LocalDate birthDate, LocalDate consentFrom, ServiceUnit sourceService) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("ageYears", birthDate == null ? null : Period.between(birthDate, consentFrom).getYears());
        variables.put("dataKind", sourceService == ServiceUnit.HEALTH_STATION ? "HEALTH" : "OTHER");
        LatestDecision.Version<Answer> current = latest.current();
        return current.answers().computeIfAbsent(variables, v -> evaluate(current.definitionId(), v));
    }

    private Answer evaluate(String definitionId, Map<String, Object> variables) {
        DmnDecisionRuleResult hit = decisions.evaluateDecisionTableById(definitionId, variables).getFirstResult();
        if (hit == null) {
            return new Answer(null, null);
        }
        return new Answer(ConsentGiver.valueOf(hit.<String>getEntry("givers")), hit.getEntry("legalBasis"));
    }
}
