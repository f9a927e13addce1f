package no.samvirke.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Norwegian working days: weekends and public holidays, including the moving Easter days. */
class WorkingDaysTest {

    private final WorkingDays workingDays = new WorkingDays();

    @ParameterizedTest(name = "{0} is not a working day")
    @CsvSource({
            "2026-04-02", "2026-04-03", "2026-04-05", "2026-04-06",   // Easter 2026
            "2027-03-25", "2027-03-26", "2027-03-29",                 // Easter 2027
            "2026-05-17", "2027-05-17",                               // Constitution Day (2027: also Whit Monday)
            "2026-12-25", "2026-12-26", "2027-12-25",                 // Christmas
            "2026-05-14", "2027-05-06",                               // Ascension
            "2026-05-25",                                             // Whit Monday
            "2026-01-01", "2026-05-01",                               // New Year, Labour Day
            "2026-03-28", "2026-03-29"                                // an ordinary weekend
    })
    void holidaysAndWeekendsAreNotWorkingDays(LocalDate date) {
        assertThat(workingDays.isWorkingDay(date)).isFalse();
    }

    @ParameterizedTest(name = "{0} is a working day")
    @CsvSource({"2026-04-01", "2026-04-07", "2027-03-24", "2027-03-30", "2026-05-18", "2027-05-18", "2026-12-28"})
    void ordinaryWeekdaysAreWorkingDays(LocalDate date) {
        assertThat(workingDays.isWorkingDay(date)).isTrue();
    }

    @Test
    void plusWorkingDaysSkipsTheWholeEasterBreak2026() {
        // Wednesday 1 April + 1 working day: Thu, Fri, the weekend and Easter Monday are off.
        assertThat(workingDays.plusWorkingDays(LocalDate.of(2026, 4, 1), 1)).isEqualTo(LocalDate.of(2026, 4, 7));
        assertThat(workingDays.plusWorkingDays(LocalDate.of(2026, 3, 31), 2)).isEqualTo(LocalDate.of(2026, 4, 7));
    }

    @Test
    void plusWorkingDaysSkipsTheWholeEasterBreak2027() {
        assertThat(workingDays.plusWorkingDays(LocalDate.of(2027, 3, 24), 1)).isEqualTo(LocalDate.of(2027, 3, 30));
    }

    @Test
    void plusWorkingDaysSkipsWeekends() {
        // Friday + 1 working day is the next Monday; + 0 is the same day.
        assertThat(workingDays.plusWorkingDays(LocalDate.of(2026, 3, 27), 1)).isEqualTo(LocalDate.of(2026, 3, 30));
        assertThat(workingDays.plusWorkingDays(LocalDate.of(2026, 3, 27), 0)).isEqualTo(LocalDate.of(2026, 3, 27));
    }

    @Test
    void plusWorkingDaysSkipsConstitutionDayAndWhitMondayTogetherIn2027() {
        // Friday 14 May 2027 + 1: Monday 17 May is both Constitution Day and Whit Monday.
        assertThat(workingDays.plusWorkingDays(LocalDate.of(2027, 5, 14), 1)).isEqualTo(LocalDate.of(2027, 5, 18));
    }

    @Test
    void plusWorkingDaysSkipsChristmas() {
        // Thursday 24 Dec 2026 + 1: Christmas Day (Fri), Boxing Day (Sat) and Sunday are off.
        assertThat(workingDays.plusWorkingDays(LocalDate.of(2026, 12, 24), 1)).isEqualTo(LocalDate.of(2026, 12, 28));
    }

    @Test
    void screeningDeadlineIsTheEndOfTheOfficeDayInOsloTime() {
        // Registered Wednesday 1 April 2026 at 10:00 Oslo (summer time): two working days later is Wednesday 8 April.
        Instant deadline = workingDays.deadline(Instant.parse("2026-04-01T08:00:00Z"), 2);
        assertThat(deadline).isEqualTo(Instant.parse("2026-04-08T14:00:00Z"));
    }

    @Test
    void deadlineUsesTheOsloDateNotTheUtcDate() {
        // 23:30 UTC on Friday 27 March 2026 is already Saturday in Oslo.
        Instant deadline = workingDays.deadline(Instant.parse("2026-03-27T23:30:00Z"), 1);
        assertThat(deadline).isEqualTo(Instant.parse("2026-03-30T14:00:00Z"));
    }
}
