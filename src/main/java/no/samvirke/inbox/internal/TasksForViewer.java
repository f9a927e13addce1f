package no.samvirke.inbox.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.samvirke.identity.CurrentUser;
import no.samvirke.inbox.CaseReferences;
import no.samvirke.inbox.InboxTask;
import no.samvirke.inbox.TaskCaseDisclosure;
import org.springframework.stereotype.Component;

/**
 * Tasks as one viewer may see them: where a {@link TaskCaseDisclosure} withholds a task's case from
 * the viewer, the task names the substitute key (and its reference) instead. For display only (list,
 * API, task page header); completion and the form handlers work on the task with its case.
 */
@Component
public class TasksForViewer {

    private final List<TaskCaseDisclosure> disclosures;
    private final List<CaseReferences> referenceSources;

    TasksForViewer(List<TaskCaseDisclosure> disclosures, List<CaseReferences> referenceSources) {
        this.disclosures = disclosures;
        this.referenceSources = referenceSources;
    }

    public InboxTask of(InboxTask task, CurrentUser viewer) {
        return of(List.of(task), viewer).get(0);
    }

    public List<InboxTask> of(List<InboxTask> tasks, CurrentUser viewer) {
        if (tasks.isEmpty()) {
            return tasks;
        }
        Map<String, UUID> substitutes = new HashMap<>();
        disclosures.forEach(d -> substitutes.putAll(d.substitutes(tasks, viewer)));
        if (substitutes.isEmpty()) {
            return tasks;
        }
        Set<UUID> keys = new HashSet<>(substitutes.values());
        Map<UUID, String> references = new HashMap<>();
        referenceSources.forEach(source -> references.putAll(source.of(Set.copyOf(keys))));
        return tasks.stream().map(t -> {
            UUID key = substitutes.get(t.id());
            return key == null ? t : new InboxTask(t.id(), t.taskDefinitionKey(), t.name(), t.processInstanceId(),
                    key, references.get(key), t.created(), t.due(), t.assignee(), t.escalated(), t.candidateGroups());
        }).toList();
    }
}
