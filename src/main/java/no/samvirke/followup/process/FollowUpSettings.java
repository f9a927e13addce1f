package no.samvirke.followup.process;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Deadlines of the follow-up processes (application.yml, samvirke.follow-up.*). The periodic
 * review comes {@code reviewWorkingDays} working days after the last one when that is set (above
 * 0), otherwise after {@code reviewInterval} (e.g. P3M).
 */
@Validated
@ConfigurationProperties("samvirke.follow-up")
public record FollowUpSettings(
        @Min(1) @Max(60) int contactWorkingDays,
        @Min(1) @Max(60) int planWorkingDays,
        @Min(1) @Max(120) int serviceWorkingDays,
        @Min(1) @Max(120) int prosecutionWorkingDays,
        @NotNull Period reviewInterval,
        @Min(0) @Max(250) int reviewWorkingDays) {
}
