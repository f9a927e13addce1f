package no.samvirke.clarification.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Deadlines of the clarification talk (application.yml, samvirke.deadlines.clarification.*): the
 * person's answer is due after {@code answerWorkingDays}; the conductor is reminded to follow up
 * after {@code reminderWorkingDays} (fewer than the answer deadline).
 */
@Validated
@ConfigurationProperties("samvirke.deadlines.clarification")
public record ClarificationSettings(
        @Min(1) @Max(60) int reminderWorkingDays,
        @Min(2) @Max(60) int answerWorkingDays) {

    public ClarificationSettings {
        if (reminderWorkingDays >= answerWorkingDays) {
            throw new IllegalArgumentException("reminder-working-days must be fewer than answer-working-days");
        }
    }
}
