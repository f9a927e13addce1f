package no.samvirke.sharing.disclosure.internal;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import no.samvirke.sharing.Access;
import no.samvirke.sharing.DisclosureLevel;
import no.samvirke.sharing.Grading;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Asks processes/disclosure.dmn (decision {@value #DECISION_KEY}) for one item's level and legal
 * basis. The rules live in the table, where a lawyer can read and change them; this class only
 * maps facts in and the answer out, and fails closed.
 *
 * <p>The table is a pure function of its inputs, and every input is a name or a flag, so the
 * answers are remembered per deployed version of the table: evaluating its rules with the FEEL
 * engine cost more CPU than everything else a case view does (docs/performance.md). The latest
 * version is looked up again at most every {@link #DEFAULT_RECHECK} (a new version deployed by an
 * administrator applies within that time, on every node), and answers of an older version are
 * never used for a newer one.
 */
@Component
public class DisclosureRules {

    static final String DECISION_KEY = "disclosure";
    static final String OUTPUT_LEVEL = "level";
    static final String OUTPUT_LEGAL_BASIS = "legalBasis";
    static final String NO_RULE = "Ingen regel i beslutningstabellen – ingen utlevering";
    static final Duration DEFAULT_RECHECK = Duration.ofSeconds(1);
    /** Far above the number of combinations the inputs can take; a guard, not a tuning knob. */
    static final int MAX_REMEMBERED = 10_000;

    private final DecisionService decisions;
    private final LatestDecision<Access> latest;

    @Autowired
    public DisclosureRules(DecisionService decisions, RepositoryService repository) {
        this(decisions, repository, DEFAULT_RECHECK);
    }

    DisclosureRules(DecisionService decisions, RepositoryService repository, Duration recheck) {
        this.decisions = decisions;
        this.latest = new LatestDecision<>(repository, DECISION_KEY, recheck);
    }

    public Access decide(DisclosureFacts facts) {
        return decide(facts.variables());
    }

    /** For a graded item of case information: the same facts plus its grading. */
    public Access decide(DisclosureFacts facts, Grading grading) {
        Map<String, Object> variables = facts.variables();
        variables.put("grading", grading.name());
        return decide(variables);
    }

    public Access decide(Map<String, Object> variables) {
        LatestDecision.Version<Access> current = latest.current();
        Map<String, Object> key = new HashMap<>(variables);
        if (!rememberable(key)) {
            return evaluate(current.definitionId(), key);
        }
        Access known = current.answers().get(key);
        if (known != null) {
            return known;
        }
        Access answer = evaluate(current.definitionId(), key);
        if (current.answers().size() < MAX_REMEMBERED) {
            current.answers().put(key, answer);
        }
        return answer;
    }

    /** Only names, flags and numbers: values that cannot change after they are remembered. */
    private static boolean rememberable(Map<String, Object> variables) {
        return variables.values().stream()
                .allMatch(v -> v == null || v instanceof String || v instanceof Boolean || v instanceof Integer);
    }

    private Access evaluate(String definitionId, Map<String, Object> variables) {
        DmnDecisionRuleResult hit = decisions.evaluateDecisionTableById(definitionId, variables).getFirstResult();
        if (hit == null) {
            return new Access(DisclosureLevel.NONE, NO_RULE);
        }
        DisclosureLevel level = DisclosureLevel.valueOf(hit.<String>getEntry(OUTPUT_LEVEL));
        return new Access(level, hit.getEntry(OUTPUT_LEGAL_BASIS));
    }
}
