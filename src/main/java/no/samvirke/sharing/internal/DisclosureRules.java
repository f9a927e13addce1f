package no.samvirke.sharing.internal;

import java.util.Map;
import no.samvirke.sharing.Access;
import no.samvirke.sharing.DisclosureLevel;
import no.samvirke.sharing.Grading;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/**
 * Asks processes/disclosure.dmn (decision {@value #DECISION_KEY}) for one item's level and legal
 * basis. The rules live in the table, where a lawyer can read and change them; this class only
 * maps facts in and the answer out, and fails closed.
 */
@Component
class DisclosureRules {

    static final String DECISION_KEY = "disclosure";
    static final String OUTPUT_LEVEL = "level";
    static final String OUTPUT_LEGAL_BASIS = "legalBasis";
    static final String NO_RULE = "Ingen regel i beslutningstabellen – ingen utlevering";

    private final DecisionService decisions;

    DisclosureRules(DecisionService decisions) {
        this.decisions = decisions;
    }

    Access decide(DisclosureFacts facts) {
        return decide(facts.variables());
    }

    /** For a graded item of case information: the same facts plus its grading. */
    Access decide(DisclosureFacts facts, Grading grading) {
        Map<String, Object> variables = facts.variables();
        variables.put("grading", grading.name());
        return decide(variables);
    }

    Access decide(Map<String, Object> variables) {
        DmnDecisionRuleResult hit = decisions
                .evaluateDecisionTableByKey(DECISION_KEY, variables)
                .getFirstResult();
        if (hit == null) {
            return new Access(DisclosureLevel.NONE, NO_RULE);
        }
        DisclosureLevel level = DisclosureLevel.valueOf(hit.<String>getEntry(OUTPUT_LEVEL));
        return new Access(level, hit.getEntry(OUTPUT_LEGAL_BASIS));
    }
}
