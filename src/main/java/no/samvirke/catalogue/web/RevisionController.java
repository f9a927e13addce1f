package no.samvirke.catalogue.web;

import no.samvirke.catalogue.internal.DeriveRevisedPlan;
import no.samvirke.identity.CurrentUser;
import no.samvirke.identity.Role;
import no.samvirke.identity.Users;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** Derives the revised plan from a plan's recommendations; for the SLT coordinator and administrators. */
@Controller
class RevisionController {

    private final DeriveRevisedPlan derive;
    private final Users users;

    RevisionController(DeriveRevisedPlan derive, Users users) {
        this.derive = derive;
        this.users = users;
    }

    @PostMapping("/tiltak/{planId}/revisjon")
    String derive(@PathVariable String planId) {
        CurrentUser user = users.current();
        if (!user.hasRole(Role.SLT_COORDINATOR) && !user.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("catalogue.revised.forbidden");
        }
        return "redirect:/tiltak?plan=" + derive.derive(planId, user).id();
    }
}
