package no.samvirke.audit.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.samvirke.platform.InvalidInputException;
import no.samvirke.platform.InvalidInputException.FieldProblem;
import no.samvirke.audit.AuditQuery;

/**
 * The audit filter as typed: case id, username, and a period. {@code from} and {@code to} take a
 * date (yyyy-MM-dd, whole days in Norwegian time, both inclusive) or an ISO instant.
 */
public record AuditFilterForm(String caseId, String username, String from, String to) {

    static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

    public AuditQuery toQuery() {
        List<FieldProblem> problems = new ArrayList<>();
        UUID id = parse("caseId", caseId, problems, UUID::fromString, "sharing.audit.caseId.invalid");
        Instant start = parse("from", from, problems, v -> instant(v, false), "sharing.audit.date.invalid");
        Instant end = parse("to", to, problems, v -> instant(v, true), "sharing.audit.date.invalid");
        if (start != null && end != null && !end.isAfter(start)) {
            problems.add(new FieldProblem("to", "sharing.audit.period.invalid"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new AuditQuery(id, blank(username) ? null : username.trim(), start, end);
    }

    /** A case id that must be given: 400 on the field {@code caseId} when missing or malformed. */
    public static UUID requiredCaseId(String caseId) {
        if (blank(caseId)) {
            throw InvalidInputException.of("caseId", "sharing.audit.caseId.required");
        }
        return new AuditFilterForm(caseId, null, null, null).toQuery().caseId();
    }

    private interface Parser<T> {
        T parse(String value);
    }

    private static <T> T parse(String field, String value, List<FieldProblem> problems, Parser<T> parser,
                               String key) {
        if (blank(value)) {
            return null;
        }
        try {
            return parser.parse(value.trim());
        } catch (IllegalArgumentException | DateTimeException e) {
            problems.add(new FieldProblem(field, key));
            return null;
        }
    }

    /** A date means the start of that day; as an end, the start of the next day (exclusive). */
    private static Instant instant(String value, boolean end) {
        if (value.contains("T")) {
            return Instant.parse(value);
        }
        LocalDate day = LocalDate.parse(value);
        return (end ? day.plusDays(1) : day).atStartOfDay(NORWAY).toInstant();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
