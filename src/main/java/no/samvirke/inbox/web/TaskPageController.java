package no.samvirke.inbox.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import no.samvirke.identity.CurrentUser;
import no.samvirke.identity.Users;
import no.samvirke.inbox.InboxTask;
import no.samvirke.inbox.TaskFormInput;
import no.samvirke.inbox.internal.CompleteTask;
import no.samvirke.inbox.internal.TaskFormHandlers;
import no.samvirke.inbox.internal.TasksForViewer;
import no.samvirke.inbox.internal.VisibleTasks;
import no.samvirke.platform.InvalidInputException;
import no.samvirke.platform.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The task page: the task header and the owning module's form ({@code TaskFormView}). The form
 * posts to {@code /innboks/oppgaver/{id}/fullfor}; bad input re-renders the page with 400,
 * {@code fieldErrors} (field → message) and {@code formInput} (what was sent).
 */
@Controller
class TaskPageController {

    private final VisibleTasks tasks;
    private final CompleteTask complete;
    private final TaskFormHandlers handlers;
    private final TaskRows rows;
    private final Users users;
    private final MessageSource messages;
    private final TasksForViewer forViewer;

    TaskPageController(VisibleTasks tasks, CompleteTask complete, TaskFormHandlers handlers, TaskRows rows,
                       Users users, MessageSource messages, TasksForViewer forViewer) {
        this.forViewer = forViewer;
        this.tasks = tasks;
        this.complete = complete;
        this.handlers = handlers;
        this.rows = rows;
        this.users = users;
        this.messages = messages;
    }

    @GetMapping("/innboks/oppgaver/{id}")
    String task(@PathVariable String id, Model model, Locale locale) {
        return page(id, Map.of(), Map.of(), model, locale);
    }

    @PostMapping("/innboks/oppgaver/{id}/fullfor")
    String complete(@PathVariable String id, @RequestParam MultiValueMap<String, String> parameters, Model model,
                    RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
        Map<String, Object> input = TaskFormInput.valuesOf(parameters);
        try {
            complete.handle(new CompleteTask.Command(id, input, users.current()));
        } catch (InvalidInputException invalid) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(id, fieldErrors(invalid, locale), input, model, locale);
        }
        redirect.addFlashAttribute("flash", "inbox.completed");
        return "redirect:/innboks";
    }

    private String page(String id, Map<String, String> fieldErrors, Map<String, Object> formInput, Model model,
                        Locale locale) {
        CurrentUser user = users.current();
        InboxTask task = tasks.find(id, user).orElseThrow(() -> new NotFoundException("task"));
        handlers.forKey(task.taskDefinitionKey()).map(h -> h.view(task, user)).ifPresent(view -> {
            model.addAllAttributes(view.model());
            model.addAttribute("view", view);
        });
        // The header names the case only where the viewer may see it; the form above got the task itself.
        InboxTask shown = forViewer.of(task, user);
        model.addAttribute("task", shown);
        model.addAttribute("row", rows.of(shown, user, locale));
        model.addAttribute("formAction", "/innboks/oppgaver/" + task.id() + "/fullfor");
        model.addAttribute("fieldErrors", fieldErrors);
        model.addAttribute("formInput", formInput);
        return "inbox/task";
    }

    private Map<String, String> fieldErrors(InvalidInputException invalid, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        invalid.problems().forEach(p -> errors.putIfAbsent(p.field(),
                messages.getMessage(p.messageKey(), null, p.messageKey(), locale)));
        return errors;
    }
}
