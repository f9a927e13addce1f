package no.samvirke.inbox.web;

import java.util.Locale;
import no.samvirke.identity.CurrentUser;
import no.samvirke.identity.Users;
import no.samvirke.inbox.internal.TaskClaims;
import no.samvirke.inbox.internal.TaskPage;
import no.samvirke.inbox.internal.TasksForViewer;
import no.samvirke.inbox.internal.VisibleTasks;
import no.samvirke.platform.ConflictException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The inbox page, one page of tasks at a time ({@code ?page=N&size=S}, as the API), and the
 * claim/unclaim buttons. Without JavaScript the buttons are plain POSTs answered with a redirect
 * to the same inbox page; with htmx ({@code HX-Request}) the answer is that page's task table.
 */
@Controller
@RequestMapping("/innboks")
class InboxPageController {

    static final String HX_REQUEST = "HX-Request";
    private static final String RETURN_TO_TASK = "task";

    private final VisibleTasks tasks;
    private final TaskClaims claims;
    private final TaskRows rows;
    private final Users users;
    private final TasksForViewer forViewer;

    InboxPageController(VisibleTasks tasks, TaskClaims claims, TaskRows rows, Users users,
                        TasksForViewer forViewer) {
        this.forViewer = forViewer;
        this.tasks = tasks;
        this.claims = claims;
        this.rows = rows;
        this.users = users;
    }

    @GetMapping
    String inbox(InboxPaging paging, @RequestHeader(value = HX_REQUEST, required = false) String htmx,
                 Model model, Locale locale) {
        addPage(model, users.current(), paging, locale);
        return htmx != null ? "inbox/list :: tasks" : "inbox/list";
    }

    @PostMapping("/oppgaver/{id}/ta")
    String claim(@PathVariable String id, @RequestParam(defaultValue = "") String from, InboxPaging paging,
                 @RequestHeader(value = HX_REQUEST, required = false) String htmx,
                 Model model, RedirectAttributes redirect, Locale locale) {
        CurrentUser user = users.current();
        return act(() -> claims.claim(new TaskClaims.Command(id, user)), "inbox.claimed",
                htmx != null, RETURN_TO_TASK.equals(from), paging, model, redirect, locale);
    }

    @PostMapping("/oppgaver/{id}/legg-tilbake")
    String unclaim(@PathVariable String id, @RequestParam(defaultValue = "") String from, InboxPaging paging,
                   @RequestHeader(value = HX_REQUEST, required = false) String htmx,
                   Model model, RedirectAttributes redirect, Locale locale) {
        CurrentUser user = users.current();
        return act(() -> claims.unclaim(new TaskClaims.Command(id, user)), "inbox.unclaimed",
                htmx != null, RETURN_TO_TASK.equals(from), paging, model, redirect, locale);
    }

    /** Conflicts: a full request gets the 409 page (InboxPageErrors), htmx the table with an alert. */
    private String act(Runnable action, String doneKey, boolean htmx, boolean toTask, InboxPaging paging,
                       Model model, RedirectAttributes redirect, Locale locale) {
        if (!htmx) {
            action.run();
            redirect.addFlashAttribute("flash", doneKey);
            return toTask ? "redirect:/innboks/oppgaver/{id}" : "redirect:" + paging.inbox();
        }
        try {
            action.run();
            model.addAttribute("notice", doneKey);
        } catch (ConflictException conflict) {
            model.addAttribute("problem", conflict.messageKey());
        }
        addPage(model, users.current(), paging, locale);
        return "inbox/htmx :: update";
    }

    /** A page beyond the last (its last tasks were just completed) shows the last page. */
    private void addPage(Model model, CurrentUser user, InboxPaging paging, Locale locale) {
        TaskPage page = tasks.page(user, paging.request());
        if (page.page() > page.lastPage()) {
            page = tasks.page(user, new TaskPage.Request(page.lastPage(), page.size()));
        }
        model.addAttribute("rows", rows.of(forViewer.of(page.tasks(), user), user, locale));
        model.addAttribute("pager", Pager.of(page));
    }
}
