package no.samvirke.catalogue.web;

import java.util.List;
import no.samvirke.catalogue.Measure;
import no.samvirke.catalogue.Plan;
import no.samvirke.catalogue.Plans;
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

    PlanApiController(Plans plans) {
        this.plans = plans;
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
    List<Measure> measures(@PathVariable String planId) {
        return plans.find(planId).map(Plan::measures).orElseThrow(() -> new NotFoundException("plan"));
    }
}
