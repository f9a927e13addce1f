package no.samvirke.inbox;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.samvirke.platform.InvalidInputException;
import no.samvirke.platform.InvalidInputException.FieldProblem;
import no.samvirke.platform.WorkingDays;
import org.springframework.util.MultiValueMap;

/**
 * A submitted task form, as a {@link TaskFormHandler} reads it: strings from a page, typed values
 * from JSON. Typed reads collect one problem per field and {@link #throwIfInvalid()} answers them
 * all at once. The owning module names its message keys ({@code review.error} →
 * {@code review.error.required}, {@code .tooLong}, {@code .invalidChoice}, {@code .dateFormat},
 * {@code .dateNotInFuture}); a list or object where one value belongs is {@code problem.field.wrongType}.
 */
public final class TaskFormInput {

    public static final int MAX_TEXT = 4000;
    static final String CSRF_PARAMETER = "_csrf";

    private final Map<String, Object> values;
    private final Clock clock;
    private final String errorKeys;
    private final boolean firstOfRepeated;
    private final List<FieldProblem> problems = new ArrayList<>();

    /** @param errorKeys the owning module's prefix of the error keys, e.g. {@code review.error} */
    public TaskFormInput(Map<String, Object> values, Clock clock, String errorKeys) {
        this(values, clock, errorKeys, false);
    }

    private TaskFormInput(Map<String, Object> values, Clock clock, String errorKeys, boolean firstOfRepeated) {
        this.values = values == null ? Map.of() : values;
        this.clock = clock;
        this.errorKeys = errorKeys;
        this.firstOfRepeated = firstOfRepeated;
    }

    /** Form parameters as task input: one value becomes a String, several a List of Strings; the CSRF token is not input. */
    public static Map<String, Object> valuesOf(MultiValueMap<String, String> parameters) {
        Map<String, Object> input = new LinkedHashMap<>();
        parameters.forEach((name, given) -> {
            if (CSRF_PARAMETER.equals(name) || given == null || given.isEmpty()) {
                return;
            }
            input.put(name, given.size() == 1 ? given.get(0) : List.copyOf(given));
        });
        return input;
    }

    /** The same input, where a list of texts in a one-value field (a page's field sent twice) reads as its first. */
    public TaskFormInput firstOfRepeated() {
        return new TaskFormInput(values, clock, errorKeys, true);
    }

    /** The value as sent, unchecked (for a field another module checks). */
    public Object raw(String field) {
        return values.get(field);
    }

    public String text(String field, int max, boolean required) {
        Object raw = single(field);
        if (raw instanceof Map<?, ?> || raw instanceof Collection<?>) {
            // JSON: a list or object where one text belongs is wrong input, not text "[1, 2]".
            return wrongType(field);
        }
        String value = raw == null ? "" : raw.toString().strip();
        if (value.isEmpty()) {
            return required ? problem(field, "required") : null;
        }
        return value.length() > max ? problem(field, "tooLong") : value;
    }

    /** The values of a repeated field (a List from a page or a JSON array, or one value), stripped, blanks left out. */
    public List<String> list(String field) {
        Object raw = values.get(field);
        List<?> all = raw instanceof List<?> l ? l : raw == null ? List.of() : List.of(raw);
        return all.stream().filter(v -> v != null).map(v -> v.toString().strip()).filter(v -> !v.isEmpty())
                .distinct().toList();
    }

    /** A required yes or no ({@code true}/{@code false}). */
    public Boolean bool(String field) {
        Object raw = single(field);
        if (raw instanceof Boolean b) {
            return b;
        }
        String value = raw == null ? "" : raw.toString().strip();
        if (value.equals("true") || value.equals("false")) {
            return Boolean.valueOf(value);
        }
        return problem(field, value.isEmpty() ? "required" : "invalidChoice");
    }

    /** A ticked checkbox (or {@code true}); anything else is no. */
    public boolean isTrue(String field) {
        Object raw = values.get(field);
        return Boolean.TRUE.equals(raw) || "true".equals(raw) || "on".equals(raw);
    }

    /** A required code of {@code type}. */
    public <E extends Enum<E>> E choice(String field, Class<E> type) {
        String value = text(field, 60, true);
        if (value == null) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value)).findFirst()
                .orElseGet(() -> problem(field, "invalidChoice"));
    }

    /** Every chosen code of a repeated field; at least one, all known. */
    public <E extends Enum<E>> List<E> choices(String field, Class<E> type) {
        Object value = values.get(field);
        List<?> chosen = value instanceof List<?> list ? list : value == null ? List.of() : List.of(value);
        List<E> result = new ArrayList<>();
        for (Object each : chosen) {
            Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(String.valueOf(each).strip()))
                    .filter(e -> !result.contains(e)).findFirst().ifPresent(result::add);
        }
        if (result.size() != chosen.size() && !chosen.isEmpty()) {
            return problem(field, "invalidChoice");
        }
        return result.isEmpty() ? problem(field, "required") : List.copyOf(result);
    }

    /** A required date after today (Norwegian time). */
    public LocalDate futureDate(String field) {
        LocalDate date = date(field);
        if (date == null) {
            return null;
        }
        LocalDate today = LocalDate.now(clock.withZone(WorkingDays.OSLO));
        return date.isAfter(today) ? date : problem(field, "dateNotInFuture");
    }

    /** A required date (yyyy-mm-dd). */
    public LocalDate date(String field) {
        String value = text(field, 10, true);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return problem(field, "dateFormat");
        }
    }

    /** The owning module's key for a problem {@code name}, e.g. {@code review.error.measureRequired}. */
    public String errorKey(String name) {
        return errorKeys + "." + name;
    }

    /** Records the problem {@code messageKey} (a whole key) unless {@code condition} holds. */
    public void require(boolean condition, String field, String messageKey) {
        if (!condition) {
            problems.add(new FieldProblem(field, messageKey));
        }
    }

    /** As {@link #require}, for a further rule: a field that already has a problem gets no second one. */
    public void requireUnlessInvalid(boolean condition, String field, String messageKey) {
        require(condition || hasProblem(field), field, messageKey);
    }

    public boolean hasProblem(String field) {
        return problems.stream().anyMatch(p -> p.field().equals(field));
    }

    public void throwIfInvalid() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private Object single(String field) {
        Object raw = values.get(field);
        if (firstOfRepeated && raw instanceof List<?> list && list.stream().allMatch(v -> v instanceof String)) {
            return list.isEmpty() ? null : list.get(0);
        }
        return raw;
    }

    private <T> T wrongType(String field) {
        problems.add(new FieldProblem(field, "problem.field.wrongType"));
        return null;
    }

    private <T> T problem(String field, String key) {
        problems.add(new FieldProblem(field, errorKey(key)));
        return null;
    }
}
