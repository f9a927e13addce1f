package no.samvirke.inbox.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import no.samvirke.identity.CurrentUser;
import no.samvirke.inbox.InboxTask;
import no.samvirke.platform.ConflictException;
import no.samvirke.platform.NotFoundException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The open tasks a user may see: assigned to them, or offered to one of their candidate groups
 * (whoever holds it). Everything else does not exist for that user.
 */
@Service
@Transactional(readOnly = true)
public class VisibleTasks {

    /**
     * Tasks with a due date are those due after this instant (all of them: the engine's due dates
     * are computed from today). A TaskQuery can ask for "no due date" but not for "has one".
     */
    private static final Date DATED = Date.from(Instant.parse("1900-01-01T00:00:00Z"));

    private final TaskService taskService;
    private final TaskAssembler assembler;
    private final FinishedTasks finished;

    VisibleTasks(TaskService taskService, TaskAssembler assembler, FinishedTasks finished) {
        this.taskService = taskService;
        this.assembler = assembler;
        this.finished = finished;
    }

    /**
     * One page of my tasks and my groups' tasks: those with a due date first, by due date, then
     * created, then id; then those without, by created, then id. The database sorts and cuts the
     * page (databases disagree on where NULL sorts, hence the two parts). Usually one count and one
     * page query, plus the assembler's two; the dated tasks are counted only when a page reaches
     * past them without showing where they end.
     */
    public TaskPage page(CurrentUser user, TaskPage.Request request) {
        long total = visibleTo(user).count();
        long first = request.first();
        List<Task> tasks = new ArrayList<>(request.size());
        if (first < total) {
            tasks.addAll(withDue(user).listPage((int) first, request.size()));
        }
        int rest = request.size() - tasks.size();
        if (rest > 0 && first + tasks.size() < total) {
            long dated = tasks.isEmpty() ? withDue(user).count() : first + tasks.size();
            tasks.addAll(withoutDue(user).listPage((int) Math.max(0, first - dated), rest));
        }
        return new TaskPage(assembler.assemble(tasks), request.page(), request.size(), total);
    }

    private TaskQuery withDue(CurrentUser user) {
        return visibleTo(user).dueAfter(DATED)
                .orderByDueDate().asc().orderByTaskCreateTime().asc().orderByTaskId().asc();
    }

    private TaskQuery withoutDue(CurrentUser user) {
        return visibleTo(user).withoutDueDate().orderByTaskCreateTime().asc().orderByTaskId().asc();
    }

    /**
     * One open task with its candidate groups, if the user may see it. A task completed by someone
     * else between the task query and the reading of its candidate groups is no longer open.
     */
    public Optional<InboxTask> find(String taskId, CurrentUser user) {
        Task task = visibleTo(user).taskId(taskId).singleResult();
        if (task == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(assembler.withCandidateGroups(assembler.assemble(List.of(task)).get(0)));
        } catch (NullValueException gone) {
            if (TaskGone.is(gone, taskId)) {
                return Optional.empty();
            }
            throw gone;
        } catch (NullPointerException halfGone) {
            // Completed by someone else while Camunda read it: the task row was still there, its
            // execution no longer (Camunda's authorization check then dereferences null).
            if (taskService.createTaskQuery().taskId(taskId).singleResult() == null) {
                return Optional.empty();
            }
            throw halfGone;
        }
    }

    /**
     * One open task the user may work on; 409 if it was completed (and the user was entitled to
     * it), otherwise 404.
     */
    public InboxTask requireOpen(String taskId, CurrentUser user) {
        return find(taskId, user).orElseThrow(() -> finished.wasCompletedFor(taskId, user)
                ? new ConflictException(InboxMessages.ALREADY_COMPLETED)
                : new NotFoundException("task"));
    }

    private TaskQuery visibleTo(CurrentUser user) {
        List<String> groups = user.candidateGroups();
        TaskQuery query = taskService.createTaskQuery();
        if (groups.isEmpty()) {
            return query.taskAssignee(user.username());
        }
        return query.or()
                .taskCandidateGroupIn(groups).includeAssignedTasks()
                .taskAssignee(user.username())
                .endOr();
    }
}
