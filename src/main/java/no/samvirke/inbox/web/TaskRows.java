package no.samvirke.inbox.web;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import no.samvirke.identity.CurrentUser;
import no.samvirke.inbox.InboxTask;
import no.samvirke.inbox.internal.TaskNames;
import no.samvirke.platform.WorkingDays;
import org.springframework.stereotype.Component;

/** Builds {@link TaskRow}s for the pages. */
@Component
class TaskRows {

    private final TaskNames names;
    private final Clock clock;

    TaskRows(TaskNames names, Clock clock) {
        this.names = names;
        this.clock = clock;
    }

    List<TaskRow> of(List<InboxTask> tasks, CurrentUser user, Locale locale) {
        return tasks.stream().map(t -> of(t, user, locale)).toList();
    }

    TaskRow of(InboxTask task, CurrentUser user, Locale locale) {
        return new TaskRow(task, names.of(task, locale),
                task.due() == null ? null : task.due().atZone(WorkingDays.OSLO),
                task.overdue(clock.instant()), user.username().equals(task.assignee()));
    }
}
