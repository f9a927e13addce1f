package no.samvirke.review.web;

import java.util.UUID;
import no.samvirke.identity.CurrentUser;
import no.samvirke.identity.Users;
import no.samvirke.inbox.Tasks;
import no.samvirke.platform.NotFoundException;
import no.samvirke.platform.WorkingDays;
import no.samvirke.review.internal.CaseTimeline;
import no.samvirke.sharing.CaseView;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The case page for the kjernegruppe: facts as sharing allows, the timeline and the open tasks. */
@Controller
class CasePageController {

    private final Users users;
    private final CaseTimeline timeline;
    private final Tasks tasks;

    CasePageController(Users users, CaseTimeline timeline, Tasks tasks) {
        this.users = users;
        this.timeline = timeline;
        this.tasks = tasks;
    }

    @GetMapping("/saker/{id}")
    String show(@PathVariable UUID id, Model model) {
        CurrentUser user = users.current();
        CaseView view = timeline.openForKjernegruppe(id, user, "page:case").orElseThrow(() -> new NotFoundException("case"));
        model.addAttribute("caseView", view);
        model.addAttribute("registeredOn", view.summary().registeredAt().atZone(WorkingDays.OSLO).toLocalDate());
        model.addAttribute("timeline", timeline.of(id));
        model.addAttribute("openTasks", tasks.openTasksOfCase(id));
        model.addAttribute("caseZone", WorkingDays.OSLO);
        return "review/case";
    }

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }
}
