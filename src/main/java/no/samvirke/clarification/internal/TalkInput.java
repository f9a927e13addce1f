package no.samvirke.clarification.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.samvirke.platform.InvalidInputException;
import no.samvirke.platform.InvalidInputException.FieldProblem;

/**
 * A submitted talk form (strings from a page, typed values from JSON): typed reads that collect
 * one problem per field under clarification.error.* keys.
 */
class TalkInput {

    static final int TEXT_MAX = 4000;
    static final int PLACE_MAX = 200;

    private final Map<String, Object> values;
    private final List<FieldProblem> problems = new ArrayList<>();

    TalkInput(Map<String, Object> values) {
        this.values = values == null ? Map.of() : values;
    }

    private Optional<String> raw(String field) {
        Object value = values.get(field);
        if (value instanceof List<?> list) {
            value = list.isEmpty() ? null : list.get(0);
        }
        return Optional.ofNullable(value).map(v -> v.toString().strip()).filter(v -> !v.isEmpty());
    }

    String text(String field, int max) {
        Object given = values.get(field);
        if (given instanceof Map<?, ?> || given instanceof List<?> l && l.stream().anyMatch(v -> !(v instanceof String))) {
            // JSON: a list of non-text or an object where text belongs is wrong input, not the text "{x=1}".
            problems.add(new FieldProblem(field, "problem.field.wrongType"));
            return null;
        }
        String value = raw(field).orElse(null);
        if (value == null) {
            return invalid(field, "required");
        }
        return value.length() > max ? invalid(field, "tooLong") : value;
    }

    <E extends Enum<E>> E code(String field, Class<E> type) {
        String value = raw(field).orElse(null);
        if (value == null) {
            return invalid(field, "required");
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        return invalid(field, "invalidChoice");
    }

    /** Every chosen code of a repeated field; at least one. */
    <E extends Enum<E>> List<E> codes(String field, Class<E> type) {
        Object value = values.get(field);
        List<?> chosen = value instanceof List<?> list ? list : value == null ? List.of() : List.of(value);
        List<E> result = new ArrayList<>();
        for (Object each : chosen) {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(String.valueOf(each).strip()) && !result.contains(constant)) {
                    result.add(constant);
                }
            }
        }
        if (result.size() != chosen.size() && !chosen.isEmpty()) {
            return invalid(field, "invalidChoice");
        }
        return result.isEmpty() ? invalid(field, "required") : List.copyOf(result);
    }

    Boolean yesNo(String field) {
        Object value = values.get(field);
        if (value instanceof Boolean b) {
            return b;
        }
        String text = raw(field).orElse("");
        return switch (text) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> invalid(field, text.isEmpty() ? "required" : "invalidChoice");
        };
    }

    LocalDate date(String field) {
        String value = raw(field).orElse(null);
        if (value == null) {
            return invalid(field, "required");
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return invalid(field, "dateFormat");
        }
    }

    /** Records a problem unless {@code ok}; {@code key} is the part after clarification.error. */
    void check(boolean ok, String field, String key) {
        if (!ok) {
            invalid(field, key);
        }
    }

    boolean hasProblem(String field) {
        return problems.stream().anyMatch(p -> p.field().equals(field));
    }

    void throwIfInvalid() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private <T> T invalid(String field, String key) {
        if (!hasProblem(field)) {
            problems.add(new FieldProblem(field, "clarification.error." + key));
        }
        return null;
    }
}
