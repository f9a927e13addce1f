package no.samvirke.followup.process;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import no.samvirke.platform.WorkingDays;
import org.springframework.stereotype.Component;

/** The follow-up deadlines from the configured settings, in Norwegian working days. */
@Component
public class FollowUpDeadlines {

    private final FollowUpSettings settings;
    private final WorkingDays workingDays;
    private final Clock clock;

    public FollowUpDeadlines(FollowUpSettings settings, WorkingDays workingDays, Clock clock) {
        this.settings = settings;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    Date contactDue() {
        return inWorkingDays(settings.contactWorkingDays());
    }

    Date planDue() {
        return inWorkingDays(settings.planWorkingDays());
    }

    /** The prosecution assessment is due this many working days after the follow-up started. */
    Date prosecutionDue(Instant followUpStarted) {
        return Date.from(workingDays.deadline(followUpStarted, settings.prosecutionWorkingDays()));
    }

    /** The default deadline of a service's part, offered on the plan form. */
    public LocalDate serviceDueDate() {
        return workingDays.plusWorkingDays(LocalDate.now(clock.withZone(WorkingDays.OSLO)), settings.serviceWorkingDays());
    }

    Date nextReview() {
        if (settings.reviewWorkingDays() > 0) {
            return inWorkingDays(settings.reviewWorkingDays());
        }
        return Date.from(ZonedDateTime.now(clock.withZone(WorkingDays.OSLO)).plus(settings.reviewInterval()).toInstant());
    }

    /** The end of a deadline day, Norwegian time, as an ISO date-time with offset (a timer's timeDate). */
    public static String endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(WorkingDays.OSLO).minusSeconds(1).toOffsetDateTime().toString();
    }

    private Date inWorkingDays(int days) {
        return Date.from(workingDays.deadline(clock.instant(), days));
    }
}
