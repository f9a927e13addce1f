package no.samvirke.review.process;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.samvirke.inbox.CaseReferences;
import no.samvirke.intake.Concerns;
import org.springframework.stereotype.Component;

/**
 * The references of concerns, for the tasks of concern handling, the clarification talk and the
 * follow-up (their business key is the concern id): one query per inbox page.
 */
@Component
class ConcernCaseReferences implements CaseReferences {

    private final Concerns concerns;

    ConcernCaseReferences(Concerns concerns) {
        this.concerns = concerns;
    }

    @Override
    public Map<UUID, String> of(Set<UUID> caseIds) {
        return concerns.references(caseIds);
    }
}
