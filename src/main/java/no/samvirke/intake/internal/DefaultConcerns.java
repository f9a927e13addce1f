package no.samvirke.intake.internal;

import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.samvirke.intake.ConcernStatus;
import no.samvirke.intake.ConcernSummary;
import no.samvirke.intake.Concerns;
import no.samvirke.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class DefaultConcerns implements Concerns {

    private final ConcernRepository concerns;
    private final ConcernIdQueries queries;
    private final Clock clock;

    DefaultConcerns(ConcernRepository concerns, ConcernIdQueries queries, Clock clock) {
        this.concerns = concerns;
        this.queries = queries;
        this.clock = clock;
    }

    @Override
    public Optional<ConcernSummary> summary(UUID concernId) {
        return concerns.findById(concernId).map(Concern::summary);
    }

    @Override
    public Map<UUID, String> references(Collection<UUID> ids) {
        return queries.referencesOf(ids);
    }

    @Override
    @Transactional
    public void changeStatus(UUID concernId, ConcernStatus status) {
        concerns.findById(concernId).orElseThrow(() -> new NotFoundException("concern"))
                .changeStatus(status, clock.instant());
    }
}
