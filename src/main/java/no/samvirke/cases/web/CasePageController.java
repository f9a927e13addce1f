package no.samvirke.cases.web;

import java.util.UUID;
import no.samvirke.identity.CurrentUser;
import no.samvirke.identity.Users;
import no.samvirke.inbox.Tasks;
import no.samvirke.platform.CaseId;
import no.samvirke.platform.NotFoundException;
import no.samvirke.platform.WorkingDays;
import no.samvirke.review.CaseTimeline;
import no.samvirke.sharing.CaseConfidentiality;
import no.samvirke.sharing.CaseGate;
import no.samvirke.sharing.CaseOpening;
import no.samvirke.sharing.CaseView;
import no.samvirke.sharing.CaseViews;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The case page for the kjernegruppe: facts as sharing allows, the timeline, the open tasks and
 * the links to conversion and resource persons. A resource person sees the facts only. The gate
 * is asked once; everyone it does not let in gets 404.
 */
@Controller
class CasePageController {

    static final String PURPOSE = "page:case";

    private final Users users;
    private final CaseGate gate;
    private final CaseViews caseViews;
    private final CaseTimeline timeline;
    private final Tasks tasks;
    private final CaseConfidentiality confidentiality;

    CasePageController(Users users, CaseGate gate, CaseViews caseViews, CaseTimeline timeline, Tasks tasks,
                       CaseConfidentiality confidentiality) {
        this.users = users;
        this.gate = gate;
        this.caseViews = caseViews;
        this.timeline = timeline;
        this.tasks = tasks;
        this.confidentiality = confidentiality;
    }

    @GetMapping("/saker/{id}")
    String show(@PathVariable UUID id, Model model) {
        CurrentUser user = users.current();
        CaseOpening opening = gate.open(CaseId.of(id), user);
        if (!opening.mayOpenPage()) {
            throw new NotFoundException("case");
        }
        CaseView view = caseViews.view(opening, user, PURPOSE).orElseThrow(() -> new NotFoundException("case"));
        model.addAttribute("caseView", view);
        model.addAttribute("registeredOn", view.summary().registeredAt().atZone(WorkingDays.OSLO).toLocalDate());
        model.addAttribute("member", opening.member());
        if (opening.member()) {
            timeline.read(opening, user, PURPOSE).ifPresent(entries -> model.addAttribute("timeline", entries));
            model.addAttribute("openTasks", tasks.openTasksOfCase(CaseId.of(id)));
            model.addAttribute("convertible", confidentiality.convertible(opening.summary()));
        }
        model.addAttribute("caseZone", WorkingDays.OSLO);
        return "cases/case";
    }

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }
}
