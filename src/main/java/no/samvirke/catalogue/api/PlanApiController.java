package no.samvirke.catalogue.api;

import no.samvirke.catalogue.internal.CaseCounts;
import java.util.List;
import java.util.Map;
import no.samvirke.catalogue.Plan;
import no.samvirke.catalogue.Plans;
import no.samvirke.catalogue.internal.DefaultCaseMeasures;
import no.samvirke.platform.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The measure catalogue as JSON; open to every signed-in user (no personal data). */
@RestController
@RequestMapping("/api/v1/plans")
class PlanApiController {

    private final Plans plans;
    private final DefaultCaseMeasures cases;

    PlanApiController(Plans plans, DefaultCaseMeasures cases) {
        this.plans = plans;
        this.cases = cases;
    }

    @GetMapping
    List<Plan> all() {
        return plans.all();
    }

    @GetMapping("/{planId}")
    Plan plan(@PathVariable String planId) {
        return plans.find(planId).map(Plan::withoutMeasures).orElseThrow(() -> new NotFoundException("plan"));
    }

    @GetMapping("/{planId}/measures")
    List<MeasureWithCases> measures(@PathVariable String planId) {
        Plan plan = plans.find(planId).orElseThrow(() -> new NotFoundException("plan"));
        Map<Integer, Map<Integer, Long>> perYear = cases.casesPerYear(planId);
        return plan.measures().stream().map(m -> new MeasureWithCases(m,
                CaseCounts.of(plan, perYear.getOrDefault(m.number(), Map.of())))).toList();
    }
}
