package no.samvirke.intake.internal;

import java.util.Optional;
import java.util.UUID;
import no.samvirke.intake.personal.ConcernRecords;
import no.samvirke.intake.personal.ConcernRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Concerns with their personal data, for the sharing module only. A bean of its own, apart from {@link DefaultConcerns}. */
@Service
@Transactional(readOnly = true)
class DefaultConcernRecords implements ConcernRecords {

    private final ConcernRepository concerns;

    DefaultConcernRecords(ConcernRepository concerns) {
        this.concerns = concerns;
    }

    @Override
    public Optional<ConcernRecord> find(UUID concernId) {
        return concerns.findById(concernId).map(Concern::record);
    }
}
