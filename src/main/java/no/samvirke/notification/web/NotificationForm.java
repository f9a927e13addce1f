package no.samvirke.notification.web;

import no.samvirke.notification.registration.RecordNotification;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import no.samvirke.notification.NotificationType;
import no.samvirke.notification.internal.HarmAssessment;
import no.samvirke.platform.InvalidInputException.FieldProblem;

/** The "Registrer varsel" form as sent: strings, so that a wrong date is shown next to its field. */
record NotificationForm(String type, String eventDate, String municipalityCode, String personName, String nationalId,
                        String birthDate, String harmAssessment, String contactHoldUntil, String contactHoldReason) {

    static NotificationForm empty() {
        return new NotificationForm(null, null, null, null, null, null, null, null, null);
    }

    /** Unreadable dates are left out (null) here and reported by {@link #dateProblems()}. */
    RecordNotification.Command toCommand() {
        List<FieldProblem> ignored = new ArrayList<>();
        return new RecordNotification.Command(value(NotificationType.class, type), date("eventDate", eventDate, ignored),
                municipalityCode, personName, date("birthDate", birthDate, ignored), nationalId,
                value(HarmAssessment.class, harmAssessment), date("contactHoldUntil", contactHoldUntil, ignored),
                contactHoldReason);
    }

    List<FieldProblem> dateProblems() {
        List<FieldProblem> problems = new ArrayList<>();
        date("eventDate", eventDate, problems);
        date("birthDate", birthDate, problems);
        date("contactHoldUntil", contactHoldUntil, problems);
        return problems;
    }

    private static <E extends Enum<E>> E value(Class<E> type, String value) {
        try {
            return value == null || value.isBlank() ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static LocalDate date(String field, String value, List<FieldProblem> problems) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "notification.date.format"));
            return null;
        }
    }
}
