package no.samvirke.inbox.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.samvirke.identity.CurrentUser;
import no.samvirke.identity.Users;
import no.samvirke.inbox.InboxTask;
import no.samvirke.inbox.internal.TaskClaims;
import no.samvirke.inbox.internal.CompleteTask;
import no.samvirke.inbox.internal.TaskPage;
import no.samvirke.inbox.internal.TaskNames;
import no.samvirke.inbox.internal.TasksForViewer;
import no.samvirke.inbox.internal.VisibleTasks;
import no.samvirke.platform.NotFoundException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * My tasks and my groups' tasks. Errors are problem+json (platform's ApiProblemHandler): a task
 * I may not see is 404, someone else's claim or an already completed task is 409, bad input 400.
 */
@RestController
@RequestMapping("/api/v1/tasks")
class TaskApiController {

    private final VisibleTasks tasks;
    private final TaskClaims claims;
    private final CompleteTask complete;
    private final TaskNames names;
    private final Users users;
    private final Clock clock;
    private final TasksForViewer forViewer;

    TaskApiController(VisibleTasks tasks, TaskClaims claims, CompleteTask complete,
                      TaskNames names, Users users, Clock clock, TasksForViewer forViewer) {
        this.forViewer = forViewer;
        this.tasks = tasks;
        this.claims = claims;
        this.complete = complete;
        this.names = names;
        this.users = users;
        this.clock = clock;
    }

    /**
     * One page of my tasks as a JSON array; {@code X-Total-Count} and {@code Link} (first, prev,
     * next, last) tell a client how to reach the others (ADR 0017).
     */
    @GetMapping
    @Operation(summary = "One page of my open tasks and my groups' (due date first, none last); "
            + "X-Total-Count and Link headers (rel first, prev, next, last)")
    ResponseEntity<List<TaskJson>> list(
            @Parameter(description = "page number from 0", schema = @Schema(type = "integer", minimum = "0",
                    defaultValue = "0")) @RequestParam(required = false) String page,
            @Parameter(description = "tasks per page", schema = @Schema(type = "integer", minimum = "1",
                    maximum = "200", defaultValue = "50")) @RequestParam(required = false) String size,
            HttpServletRequest request, Locale locale) {
        CurrentUser user = users.current();
        TaskPage result = tasks.page(user, TaskPage.Request.parse(page, size));
        Instant now = clock.instant();
        return ResponseEntity.ok()
                .header(PageLinks.TOTAL_COUNT, String.valueOf(result.total()))
                .header(HttpHeaders.LINK, PageLinks.of(result, request))
                .body(forViewer.of(result.tasks(), user).stream().map(t -> json(t, locale, now)).toList());
    }

    @GetMapping("/{id}")
    TaskJson get(@PathVariable String id, Locale locale) {
        CurrentUser user = users.current();
        return tasks.find(id, user).map(t -> json(forViewer.of(t, user), locale))
                .orElseThrow(() -> new NotFoundException("task"));
    }

    @PostMapping("/{id}/claim")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void claim(@PathVariable String id) {
        claims.claim(new TaskClaims.Command(id, users.current()));
    }

    @PostMapping("/{id}/unclaim")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unclaim(@PathVariable String id) {
        claims.unclaim(new TaskClaims.Command(id, users.current()));
    }

    /** The body is the task's form input as a JSON object; the owning module validates it. */
    @PostMapping("/{id}/complete")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void complete(@PathVariable String id, @RequestBody(required = false) Map<String, Object> input) {
        CurrentUser user = users.current();
        complete.handle(new CompleteTask.Command(id, input, user));
    }

    private TaskJson json(InboxTask task, Locale locale) {
        return json(task, locale, clock.instant());
    }

    private TaskJson json(InboxTask task, Locale locale, Instant now) {
        return TaskJson.of(task, names.of(task, locale), now);
    }
}
