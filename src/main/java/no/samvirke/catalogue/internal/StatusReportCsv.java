package no.samvirke.catalogue.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.samvirke.catalogue.Measure;

/**
 * The status report as CSV (RFC 4180, ';'-separated for Norwegian spreadsheets, UTF-8): one line per
 * measure, in plan order. {@link #read} parses it back (used to prove the round trip).
 */
public final class StatusReportCsv {

    public static final List<String> HEADER = List.of("area", "number", "title", "responsible", "unit", "period",
            "status", "statusText", "decision", "mergedWith", "renamedTo", "recommendation");

    private StatusReportCsv() {
    }

    public static String write(StatusReport report) {
        StringBuilder csv = new StringBuilder(line(HEADER));
        for (StatusReport.Row row : report.rows()) {
            Measure m = row.measure();
            Measure.Recommendation r = m.recommendation();
            csv.append(line(List.of(m.area(), String.valueOf(m.number()), m.title(),
                    PlanStore.join(m.responsible().parties()), nz(m.responsible().unit()), report.period(),
                    row.status().map(s -> s.status().name()).orElse(""),
                    row.status().map(Measure.StatusEntry::text).orElse(""), r.decision().name(),
                    PlanStore.join(r.mergedWith()), nz(r.renamedTo()), r.text())));
        }
        return csv.toString();
    }

    /** Parses CSV written by {@link #write}: records of fields, header included. */
    public static List<List<String>> read(String csv) {
        List<List<String>> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted && c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == ';' || c == '\n')) {
                fields.add(field.toString());
                field.setLength(0);
                if (c == '\n') {
                    records.add(fields);
                    fields = new ArrayList<>();
                }
            } else if (quoted || c != '\r') {
                field.append(c);
            }
        }
        return records;
    }

    private static String line(List<String> values) {
        return values.stream().map(StatusReportCsv::quote).collect(Collectors.joining(";")) + "\r\n";
    }

    private static String quote(String value) {
        boolean plain = Stream.of(";", "\"", "\n", "\r").noneMatch(value::contains);
        return plain ? value : "\"" + value.replace("\"", "\"\"") + "\"";
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
