package no.samvirke.followup.internal;

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

/** Reads a submitted follow-up form (strings from a page, typed values from JSON); problems per field. */
class FormInput {

    static final int MAX_TEXT = 4000;
    private final Map<String, Object> values;
    private final Clock clock;
    private final List<FieldProblem> problems = new ArrayList<>();

    FormInput(Map<String, Object> values, Clock clock) {
        this.values = values == null ? Map.of() : values;
        this.clock = clock;
    }

    /** The required note of every form (free text, to the case timeline through sharing). */
    String note() {
        Object raw = values.get("note");
        if (raw instanceof Map<?, ?> || raw instanceof java.util.Collection<?>) {
            // JSON: a list or object where the note belongs is wrong input, not the text "[1, 2]".
            return problem("note", "problem.field.wrongType");
        }
        String value = raw == null ? "" : raw.toString().strip();
        if (value.isEmpty()) {
            return problem("note", "followup.error.required");
        }
        return value.length() > MAX_TEXT ? problem("note", "followup.error.tooLong") : value;
    }

    Boolean bool(String field) {
        Object raw = values.get(field);
        String value = raw == null ? "" : raw.toString().strip();
        if (value.equals("true") || value.equals("false")) {
            return Boolean.valueOf(value);
        }
        return problem(field, value.isEmpty() ? "followup.error.required" : "followup.error.invalidChoice");
    }

    <E extends Enum<E>> E choice(String field, Class<E> type) {
        Object raw = values.get(field);
        String value = raw == null ? "" : raw.toString().strip();
        if (value.isEmpty()) {
            return problem(field, "followup.error.required");
        }
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value)).findFirst()
                .orElseGet(() -> problem(field, "followup.error.invalidChoice"));
    }

    /** The values of a repeated field (a List from a page or a JSON array, or one value), blanks left out. */
    List<String> list(String field) {
        Object raw = values.get(field);
        List<?> all = raw instanceof List<?> l ? l : raw == null ? List.of() : List.of(raw);
        return all.stream().filter(v -> v != null).map(v -> v.toString().strip()).filter(v -> !v.isEmpty())
                .distinct().toList();
    }

    /** A required date after today (Norwegian time). */
    LocalDate futureDate(String field) {
        Object raw = values.get(field);
        String value = raw == null ? "" : raw.toString().strip();
        if (value.isEmpty()) {
            return problem(field, "followup.error.required");
        }
        try {
            LocalDate date = LocalDate.parse(value);
            return date.isAfter(LocalDate.now(clock.withZone(WorkingDays.OSLO))) ? date
                    : problem(field, "followup.error.dateNotInFuture");
        } catch (DateTimeParseException e) {
            return problem(field, "followup.error.dateFormat");
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
