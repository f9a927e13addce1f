package no.samvirke.catalogue.web;

import no.samvirke.catalogue.Plans;
import no.samvirke.catalogue.internal.DeriveRevisedPlan;
import no.samvirke.identity.CurrentUser;
import no.samvirke.identity.Role;
import no.samvirke.identity.Users;
import no.samvirke.platform.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Derives the revised plan from a plan's recommendations; for the SLT coordinator of a municipality the
 * plan covers, and administrators (any plan).
 */
@Controller
class RevisionController {

    private final DeriveRevisedPlan derive;
    private final Users users;
    private final Plans plans;

    RevisionController(DeriveRevisedPlan derive, Users users, Plans plans) {
        this.derive = derive;
        this.users = users;
        this.plans = plans;
    }

    @PostMapping("/tiltak/{planId}/revisjon")
    String derive(@PathVariable String planId) {
        CurrentUser user = users.current();
        if (!user.hasRole(Role.SLT_COORDINATOR) && !user.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("catalogue.revised.forbidden");
        }
        boolean ownPlan = plans.find(planId).orElseThrow(() -> new NotFoundException("plan")).municipalities()
                .contains(user.municipalityCode());
        if (!ownPlan && !user.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("catalogue.revised.forbidden");
        }
        return "redirect:/tiltak?plan=" + derive.derive(planId).id();
    }
}
