package no.samvirke.sharing.disclosure.internal;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;

/**
 * The latest deployed version of one decision table, looked up again at most every {@code recheck},
 * with the answers remembered for that version. A new version starts with no answers, so answers of
 * an older version are never used for a newer one. Used by {@link DisclosureRules} and
 * {@link ConsentGiverRules}; each decides itself what it remembers.
 *
 * @param <A> the answer type
 */
public final class LatestDecision<A> {

    /** One deployed version of the table and the answers remembered for it, by input variables. */
    public record Version<A>(String definitionId, long checkedAt, Map<Map<String, Object>, A> answers) {
    }

    private final RepositoryService repository;
    private final String decisionKey;
    private final long recheckNanos;
    private volatile Version<A> version;

    public LatestDecision(RepositoryService repository, String decisionKey, Duration recheck) {
        this.repository = repository;
        this.decisionKey = decisionKey;
        this.recheckNanos = recheck.toNanos();
    }

    /** The version to evaluate now. @throws IllegalStateException when the table is not deployed */
    public Version<A> current() {
        Version<A> v = version;
        long now = System.nanoTime();
        if (v != null && now - v.checkedAt() < recheckNanos) {
            return v;
        }
        DecisionDefinition latest = repository.createDecisionDefinitionQuery().decisionDefinitionKey(decisionKey)
                .withoutTenantId().latestVersion().singleResult();
        if (latest == null) {
            throw new IllegalStateException("decision '" + decisionKey + "' is not deployed");
        }
        Version<A> fresh = v != null && v.definitionId().equals(latest.getId())
                ? new Version<>(v.definitionId(), now, v.answers())
                : new Version<>(latest.getId(), now, new ConcurrentHashMap<>());
        version = fresh;
        return fresh;
    }
}
