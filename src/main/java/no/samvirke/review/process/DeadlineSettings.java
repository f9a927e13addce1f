package no.samvirke.review.process;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** Deadlines of the concern-handling process (application.yml, samvirke.deadlines.*). */
@Validated
@ConfigurationProperties("samvirke.deadlines")
public record DeadlineSettings(
        @Min(1) @Max(60) int screeningWorkingDays,
        @Min(1) @Max(120) int reviewWorkingDays,
        @NotNull Duration acutePoliceAlert,
        @NotNull Period closedReviewFirst,
        @NotNull Period closedReviewSecond) {
}
