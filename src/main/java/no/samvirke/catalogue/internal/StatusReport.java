package no.samvirke.catalogue.internal;

import java.util.List;
import java.util.Optional;
import no.samvirke.catalogue.Measure;
import no.samvirke.catalogue.Plan;

/** A plan's status report for one period, in the seed's structure: areas, then their measures. */
public record StatusReport(Plan plan, String period, List<Section> sections) {

    public static StatusReport of(Plan plan, String period) {
        return new StatusReport(plan, period, plan.areas().stream().map(area -> new Section(area,
                plan.measures().stream().filter(m -> m.area().equals(area))
                        .map(m -> new Row(m, m.status(period))).toList())).toList());
    }

    public List<Row> rows() {
        return sections.stream().flatMap(s -> s.rows().stream()).toList();
    }

    /** One area (heading) and its measures. */
    public record Section(String area, List<Row> rows) {
    }

    /** One measure and its status in the period, if recorded. */
    public record Row(Measure measure, Optional<Measure.StatusEntry> status) {
    }
}
