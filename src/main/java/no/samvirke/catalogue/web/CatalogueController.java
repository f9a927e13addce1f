package no.samvirke.catalogue.web;

import no.samvirke.catalogue.internal.CaseCounts;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.samvirke.catalogue.Decision;
import no.samvirke.catalogue.Measure;
import no.samvirke.catalogue.MeasureStatus;
import no.samvirke.catalogue.Party;
import no.samvirke.catalogue.Plan;
import no.samvirke.catalogue.Plans;
import no.samvirke.catalogue.internal.DefaultCaseMeasures;
import no.samvirke.catalogue.process.MeasureRuns;
import no.samvirke.platform.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The measure catalogue pages: by area with filters, one measure, the plan's merge map. */
@Controller
class CatalogueController {

    static final String DEFAULT_PLAN = "baerum-2015";

    private final Plans plans;
    private final MeasureRuns runs;
    private final DefaultCaseMeasures cases;

    CatalogueController(Plans plans, MeasureRuns runs, DefaultCaseMeasures cases) {
        this.plans = plans;
        this.runs = runs;
        this.cases = cases;
    }

    @GetMapping("/tiltak")
    String catalogue(@RequestParam(defaultValue = DEFAULT_PLAN) String plan, MeasureFilter filter, Model model) {
        Plan found = find(plan);
        String period = latestPeriod(found);
        Map<String, List<Measure>> byArea = new LinkedHashMap<>();
        found.areas().forEach(area -> byArea.put(area, found.measures().stream()
                .filter(m -> m.area().equals(area) && filter.matches(m, period)).toList()));
        model.addAttribute("plan", found).addAttribute("plans", plans.all()).addAttribute("period", period)
                .addAttribute("byArea", byArea).addAttribute("filter", filter)
                .addAttribute("shown", byArea.values().stream().mapToInt(List::size).sum())
                .addAttribute("parties", Party.values()).addAttribute("decisions", Decision.values())
                .addAttribute("statuses", MeasureStatus.values());
        return "catalogue/index";
    }

    @GetMapping("/tiltak/{planId}/{number:\\d+}")
    String measure(@PathVariable String planId, @PathVariable int number,
            @RequestParam(required = false) Integer year, Model model) {
        Plan plan = find(planId);
        Measure measure = plan.measure(number).orElseThrow(() -> new NotFoundException("measure"));
        int runYear = year == null ? plan.periodTo() : year;
        model.addAttribute("plan", plan).addAttribute("measure", measure)
                .addAttribute("mergedInto", plan.measures().stream()
                        .filter(m -> m.recommendation().mergedWith().contains(number)).toList())
                .addAttribute("year", runYear).addAttribute("runs", runs.count(planId, number, runYear))
                .addAttribute("caseCounts", CaseCounts.of(plan, cases.casesPerYear(planId).getOrDefault(number, Map.of())));
        return "catalogue/measure";
    }

    @GetMapping("/tiltak/{planId}/sammenslaing")
    String merges(@PathVariable String planId, Model model) {
        Plan plan = find(planId);
        model.addAttribute("plan", plan).addAttribute("groups", MergeMap.of(plan));
        return "catalogue/merges";
    }

    private Plan find(String planId) {
        return plans.find(planId).orElseThrow(() -> new NotFoundException("plan"));
    }

    static String latestPeriod(Plan plan) {
        return plan.measures().stream().flatMap(m -> m.statuses().stream()).map(Measure.StatusEntry::period)
                .max(Comparator.naturalOrder()).orElse(String.valueOf(plan.periodTo()));
    }
}
