package no.samvirke.clarification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The talk's deadlines come from configuration, and a reminder after the deadline is refused at start-up. */
class ClarificationSettingsTest {

    private static ClarificationSettings bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bind("samvirke.deadlines.clarification", ClarificationSettings.class).get();
    }

    @Test
    void workingDaysAreReadFromConfiguration() {
        ClarificationSettings settings = bind(Map.of("samvirke.deadlines.clarification.reminder-working-days", "3",
                "samvirke.deadlines.clarification.answer-working-days", "8"));
        assertThat(settings.reminderWorkingDays()).isEqualTo(3);
        assertThat(settings.answerWorkingDays()).isEqualTo(8);
    }

    @Test
    void aReminderThatComesAfterTheDeadlineIsRefused() {
        assertThatThrownBy(() -> bind(Map.of("samvirke.deadlines.clarification.reminder-working-days", "10",
                "samvirke.deadlines.clarification.answer-working-days", "10")))
                .isInstanceOf(BindException.class).hasRootCauseMessage(
                        "reminder-working-days must be fewer than answer-working-days");
    }
}
