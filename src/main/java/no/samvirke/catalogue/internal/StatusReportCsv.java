package no.samvirke.catalogue.internal;

import java.util.List;
import no.samvirke.catalogue.Measure;
import no.samvirke.platform.CsvWriter;

/**
 * The status report as CSV (RFC 4180, ';'-separated for Norwegian spreadsheets, UTF-8): one line per
 * measure, in plan order, written by {@link CsvWriter} (a text that starts like a formula gets a
 * leading apostrophe).
 */
public final class StatusReportCsv {

    public static final List<String> HEADER = List.of("area", "number", "title", "responsible", "unit", "period",
            "status", "statusText", "decision", "mergedWith", "renamedTo", "recommendation");

    private StatusReportCsv() {
    }

    public static String write(StatusReport report) {
        StringBuilder out = new StringBuilder();
        CsvWriter csv = CsvWriter.semicolons(out);
        csv.row(HEADER);
        for (StatusReport.Row row : report.rows()) {
            Measure m = row.measure();
            Measure.Recommendation r = m.recommendation();
            csv.row(m.area(), m.number(), m.title(), PlanStore.join(m.responsible().parties()),
                    m.responsible().unit(), report.period(), row.status().map(s -> s.status().name()).orElse(""),
                    row.status().map(Measure.StatusEntry::text).orElse(""), r.decision().name(),
                    PlanStore.join(r.mergedWith()), r.renamedTo(), r.text());
        }
        return out.toString();
    }
}
