package no.samvirke.intake.internal;

import java.util.List;
import java.util.UUID;
import no.samvirke.intake.ConcernSummary;
import no.samvirke.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a reporter sees of their own concerns: reference, status and dates, nothing else. */
@Service
@Transactional(readOnly = true)
public class ReporterConcerns {

    private final ConcernRepository concerns;

    ReporterConcerns(ConcernRepository concerns) {
        this.concerns = concerns;
    }

    /** The reporter's own concerns, newest first. */
    public List<ConcernSummary> reportedBy(String username) {
        return concerns.findTop200ByReporterUsernameOrderByRegisteredAtDesc(username).stream()
                .map(Concern::summary).toList();
    }

    /** One concern as its reporter may see it; 404 for everyone else. */
    public ConcernSummary forReporter(UUID concernId, String username) {
        return concerns.findById(concernId).filter(c -> c.reporterUsername().equals(username))
                .map(Concern::summary).orElseThrow(() -> new NotFoundException("concern"));
    }
}
