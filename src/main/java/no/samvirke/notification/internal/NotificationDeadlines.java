package no.samvirke.notification.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * When an unacknowledged handoff escalates (application.yml, samvirke.notification.*): to the
 * recipient's deputies after {@code acknowledgeWorkingDays} (a return: {@code returnAcknowledge}),
 * and to their leaders {@code leaderAfterWorkingDays} (a return: {@code returnLeaderAfter}) later.
 */
@Validated
@ConfigurationProperties("samvirke.notification")
public record NotificationDeadlines(
        @Min(1) @Max(10) int acknowledgeWorkingDays,
        @NotNull Duration returnAcknowledge,
        @Min(1) @Max(10) int leaderAfterWorkingDays,
        @NotNull Duration returnLeaderAfter) {
}
