package no.samvirke.review.process;

import java.time.Clock;
import java.util.Date;
import no.samvirke.platform.WorkingDays;
import org.springframework.stereotype.Component;

/** Computes the process deadlines from the configured settings, in Norwegian working days. */
@Component
class ConcernDeadlines {

    private final DeadlineSettings settings;
    private final WorkingDays workingDays;
    private final Clock clock;

    ConcernDeadlines(DeadlineSettings settings, WorkingDays workingDays, Clock clock) {
        this.settings = settings;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    Date screeningDue() {
        return Date.from(workingDays.deadline(clock.instant(), settings.screeningWorkingDays()));
    }

    Date reviewDue() {
        return Date.from(workingDays.deadline(clock.instant(), settings.reviewWorkingDays()));
    }

    Date acuteAlertDue() {
        return Date.from(clock.instant().plus(settings.acutePoliceAlert()));
    }
}
