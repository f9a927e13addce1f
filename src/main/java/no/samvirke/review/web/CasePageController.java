package no.samvirke.review.web;

import java.util.UUID;
import no.samvirke.identity.CurrentUser;
import no.samvirke.identity.Users;
import no.samvirke.inbox.Tasks;
import no.samvirke.platform.NotFoundException;
import no.samvirke.platform.WorkingDays;
import no.samvirke.review.internal.CaseTimeline;
import no.samvirke.sharing.CaseConfidentiality;
import no.samvirke.sharing.CaseView;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The case page for the kjernegruppe: facts as sharing allows, the timeline, the open tasks and
 * the links to conversion and resource persons. A resource person sees the facts only.
 */
@Controller
class CasePageController {

    private final Users users;
    private final CaseTimeline timeline;
    private final Tasks tasks;
    private final CaseConfidentiality confidentiality;

    CasePageController(Users users, CaseTimeline timeline, Tasks tasks, CaseConfidentiality confidentiality) {
        this.users = users;
        this.timeline = timeline;
        this.tasks = tasks;
        this.confidentiality = confidentiality;
    }

    @GetMapping("/saker/{id}")
    String show(@PathVariable UUID id, Model model) {
        CurrentUser user = users.current();
        CaseView view = timeline.openForMemberOrResourcePerson(id, user, "page:case")
                .orElseThrow(() -> new NotFoundException("case"));
        model.addAttribute("caseView", view);
        model.addAttribute("registeredOn", view.summary().registeredAt().atZone(WorkingDays.OSLO).toLocalDate());
        boolean member = timeline.isMemberFor(id, user);
        model.addAttribute("member", member);
        if (member) {
            timeline.read(id, user, "page:case").ifPresent(entries -> model.addAttribute("timeline", entries));
            model.addAttribute("openTasks", tasks.openTasksOfCase(id));
            model.addAttribute("convertible", confidentiality.convertible(id));
        }
        model.addAttribute("caseZone", WorkingDays.OSLO);
        return "review/case";
    }

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }
}
