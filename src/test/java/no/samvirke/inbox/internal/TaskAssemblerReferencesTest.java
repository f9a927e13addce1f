package no.samvirke.inbox.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.samvirke.inbox.CaseReferences;
import no.samvirke.inbox.InboxTask;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/**
 * The inbox shows each task's case reference from the owning module's table, not from a process
 * variable (ADR 0023), and asks each module once per page with all the page's case ids (no N+1).
 */
class TaskAssemblerReferencesTest {

    /** A module that owns some cases and counts how often it is asked. */
    static final class OwnedReferences implements CaseReferences {
        final Map<UUID, String> owned = new HashMap<>();
        final List<Set<UUID>> calls = new ArrayList<>();

        @Override
        public Map<UUID, String> of(Set<UUID> caseIds) {
            calls.add(caseIds);
            Map<UUID, String> found = new HashMap<>();
            caseIds.stream().filter(owned::containsKey).forEach(id -> found.put(id, owned.get(id)));
            return found;
        }
    }

    @Test
    void aPageOfTasksAsksEveryOwnerOnceAndShowsTheOwnersReferences() {
        RuntimeService runtime = mock(RuntimeService.class, RETURNS_DEEP_STUBS);
        OwnedReferences concerns = new OwnedReferences();
        OwnedReferences notifications = new OwnedReferences();
        List<Task> tasks = new ArrayList<>();
        List<ProcessInstance> instances = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            UUID caseId = UUID.randomUUID();
            (i % 2 == 0 ? concerns.owned : notifications.owned).put(caseId, (i % 2 == 0 ? "B-2026-" : "V-") + i);
            Task task = mock(Task.class);
            when(task.getId()).thenReturn("task-" + i);
            when(task.getProcessInstanceId()).thenReturn("pi-" + i);
            tasks.add(task);
            ProcessInstance instance = mock(ProcessInstance.class);
            when(instance.getId()).thenReturn("pi-" + i);
            when(instance.getBusinessKey()).thenReturn(caseId.toString());
            instances.add(instance);
        }
        when(runtime.createProcessInstanceQuery().processInstanceIds(any()).list()).thenReturn(instances);

        List<InboxTask> page = new TaskAssembler(runtime, mock(TaskService.class), List.of(concerns, notifications))
                .assemble(tasks);

        assertThat(page).extracting(InboxTask::caseReference).doesNotContainNull()
                .containsExactlyElementsOf(instances.stream().map(pi -> {
                    UUID id = UUID.fromString(pi.getBusinessKey());
                    return concerns.owned.getOrDefault(id, notifications.owned.get(id));
                }).toList());
        assertThat(concerns.calls).hasSize(1);
        assertThat(notifications.calls).hasSize(1);
        assertThat(concerns.calls.get(0)).hasSize(50);
    }
}
