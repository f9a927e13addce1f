package no.samvirke.cases.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import no.samvirke.platform.InvalidInputException;
import no.samvirke.platform.InvalidInputException.FieldProblem;
import no.samvirke.platform.WorkingDays;

/** Reads a submitted task form (strings from a page, typed values from JSON) and collects problems per field. */
class FormInput {

    static final int MAX_TEXT = 4000;
    private final Map<String, Object> values;
    private final Clock clock;
    private final List<FieldProblem> problems = new ArrayList<>();

    FormInput(Map<String, Object> values, Clock clock) {
        this.values = values == null ? Map.of() : values;
        this.clock = clock;
    }

    /** The value as sent, unchecked (for a field another module checks). */
    Object raw(String field) {
        return values.get(field);
    }

    String text(String field, int max, boolean required) {
        Object raw = values.get(field);
        if (raw instanceof Map<?, ?> || raw instanceof java.util.Collection<?>) {
            // JSON: a list or object where one text belongs is wrong input, not text "[1, 2]".
            return problem(field, "problem.field.wrongType");
        }
        String value = raw == null ? "" : raw.toString().strip();
        if (value.isEmpty()) {
            return required ? problem(field, "review.error.required") : null;
        }
        return value.length() > max ? problem(field, "review.error.tooLong") : value;
    }

    /** The values of a repeated field (a List from a page or a JSON array, or one value), stripped, blanks left out. */
    List<String> list(String field) {
        Object raw = values.get(field);
        List<?> all = raw instanceof List<?> l ? l : raw == null ? List.of() : List.of(raw);
        return all.stream().filter(v -> v != null).map(v -> v.toString().strip()).filter(v -> !v.isEmpty())
                .distinct().toList();
    }

    Boolean bool(String field) {
        Object raw = values.get(field);
        if (raw instanceof Boolean b) {
            return b;
        }
        String value = raw == null ? "" : raw.toString().strip();
        if (value.equals("true") || value.equals("false")) {
            return Boolean.valueOf(value);
        }
        return problem(field, value.isEmpty() ? "review.error.required" : "review.error.invalidChoice");
    }

    boolean isTrue(String field) {
        Object raw = values.get(field);
        return Boolean.TRUE.equals(raw) || "true".equals(raw) || "on".equals(raw);
    }

    <E extends Enum<E>> E choice(String field, Class<E> type) {
        String value = text(field, 60, true);
        if (value == null) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value)).findFirst()
                .orElseGet(() -> problem(field, "review.error.invalidChoice"));
    }

    LocalDate futureDate(String field) {
        String value = text(field, 10, true);
        if (value == null) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value);
            LocalDate today = LocalDate.now(clock.withZone(WorkingDays.OSLO));
            return date.isAfter(today) ? date : problem(field, "review.error.dateNotInFuture");
        } catch (DateTimeParseException e) {
            return problem(field, "review.error.dateFormat");
        }
    }

    LocalDate date(String field) {
        String value = text(field, 10, true);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return problem(field, "review.error.dateFormat");
        }
    }

    void require(boolean condition, String field, String messageKey) {
        if (!condition) {
            problem(field, messageKey);
        }
    }

    void throwIfInvalid() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private <T> T problem(String field, String messageKey) {
        problems.add(new FieldProblem(field, messageKey));
        return null;
    }
}
