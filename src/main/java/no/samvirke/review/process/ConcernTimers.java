package no.samvirke.review.process;

import no.samvirke.platform.ProcessBean;
import org.springframework.stereotype.Component;

/**
 * Read by the BPMN timers after closure ({@code ${concernTimers.firstClosedReview}}), so that the
 * review intervals stay configurable without extra process variables.
 */
@Component("concernTimers")
@ProcessBean
public class ConcernTimers {

    private final DeadlineSettings settings;

    public ConcernTimers(DeadlineSettings settings) {
        this.settings = settings;
    }

    /** ISO-8601 period, e.g. P6M. */
    public String getFirstClosedReview() {
        return settings.closedReviewFirst().toString();
    }

    public String getSecondClosedReview() {
        return settings.closedReviewSecond().toString();
    }
}
