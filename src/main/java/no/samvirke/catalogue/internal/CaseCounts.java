package no.samvirke.catalogue.internal;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.IntStream;
import no.samvirke.catalogue.Plan;
import no.samvirke.catalogue.process.MeasureRuns;

/** How many cases a measure was applied to, per year: the plan's years and every year with cases. */
public record CaseCounts(int year, String cases) {

    public static List<CaseCounts> of(Plan plan, Map<Integer, Long> perYear) {
        TreeSet<Integer> years = new TreeSet<>(perYear.keySet());
        IntStream.rangeClosed(plan.periodFrom(), plan.periodTo()).forEach(years::add);
        return years.stream().map(y -> new CaseCounts(y, MeasureRuns.shown(perYear.getOrDefault(y, 0L)))).toList();
    }
}
