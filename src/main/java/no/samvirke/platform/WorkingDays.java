package no.samvirke.platform;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/**
 * Norwegian working days: not Saturday, Sunday or a Norwegian public holiday (jollyday's
 * calendar for Norway, including the Easter-dependent days; ADR 0004).
 */
@Component
public class WorkingDays {

    public static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    /** A deadline falls at the end of the office day. */
    static final LocalTime END_OF_DAY = LocalTime.of(16, 0);

    private final HolidayManager holidays = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.NORWAY));

    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY
                && !holidays.isHoliday(date, HolidayType.PUBLIC_HOLIDAY);
    }

    /** The date that lies {@code workingDays} working days after {@code start}. */
    public LocalDate plusWorkingDays(LocalDate start, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("workingDays must not be negative");
        }
        LocalDate date = start;
        int remaining = workingDays;
        while (remaining > 0) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                remaining--;
            }
        }
        return date;
    }

    /** The end of the office day (16:00 Oslo time) {@code workingDays} working days after {@code from}. */
    public Instant deadline(Instant from, int workingDays) {
        LocalDate start = from.atZone(OSLO).toLocalDate();
        return plusWorkingDays(start, workingDays).atTime(END_OF_DAY).atZone(OSLO).toInstant();
    }
}
