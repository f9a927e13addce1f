package no.samvirke.inbox.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import no.samvirke.identity.CurrentUser;
import no.samvirke.inbox.InboxTask;
import no.samvirke.platform.ConflictException;
import no.samvirke.platform.NotFoundException;
import org.camunda.bpm.engine.TaskService;
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

    /** The inbox shows at most this many tasks, the most urgent first. */
    static final int MAX_TASKS = 500;

    private static final Comparator<InboxTask> MOST_URGENT_FIRST = Comparator
            .comparing(InboxTask::due, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(InboxTask::created, Comparator.nullsLast(Comparator.naturalOrder()));

    private final TaskService taskService;
    private final TaskAssembler assembler;
    private final FinishedTasks finished;

    VisibleTasks(TaskService taskService, TaskAssembler assembler, FinishedTasks finished) {
        this.taskService = taskService;
        this.assembler = assembler;
        this.finished = finished;
    }

    /** My tasks and my groups' tasks, by due date (none last), then oldest first. */
    public List<InboxTask> of(CurrentUser user) {
        List<Task> tasks = visibleTo(user).orderByDueDate().asc().orderByTaskCreateTime().asc()
                .listPage(0, MAX_TASKS);
        // Databases disagree on where NULL sorts; the final order is decided here.
        return assembler.assemble(tasks).stream().sorted(MOST_URGENT_FIRST).toList();
    }

    /** One open task with its candidate groups, if the user may see it. */
    public Optional<InboxTask> find(String taskId, CurrentUser user) {
        Task task = visibleTo(user).taskId(taskId).singleResult();
        return Optional.ofNullable(task).map(t -> assembler.withCandidateGroups(assembler.assemble(List.of(t)).get(0)));
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
