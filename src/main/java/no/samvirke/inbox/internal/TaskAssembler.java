package no.samvirke.inbox.internal;

import static no.samvirke.inbox.internal.TaskVariables.ESCALATED;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import no.samvirke.inbox.CaseReferences;
import no.samvirke.inbox.InboxTask;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Turns Camunda tasks into {@link InboxTask}s with a fixed number of queries per page (business
 * keys and flags are fetched for all tasks at once, never per task). The case references come from
 * the owning modules' tables ({@link CaseReferences}, one call each per page), not from variables.
 */
@Component
class TaskAssembler {

    private final RuntimeService runtime;
    private final TaskService taskService;
    private final List<CaseReferences> referenceSources;

    TaskAssembler(RuntimeService runtime, TaskService taskService, List<CaseReferences> referenceSources) {
        this.runtime = runtime;
        this.taskService = taskService;
        this.referenceSources = referenceSources;
    }

    /** Candidate groups are left empty here; {@link #withCandidateGroups} fills them for one task. */
    List<InboxTask> assemble(List<Task> tasks) {
        Set<String> processIds = tasks.stream().map(Task::getProcessInstanceId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        if (processIds.isEmpty()) {
            return tasks.stream().map(t -> toInboxTask(t, null, null, false)).toList();
        }
        Map<String, UUID> caseIds = caseIds(processIds);
        List<VariableInstance> variables = runtime.createVariableInstanceQuery()
                .processInstanceIdIn(processIds.toArray(String[]::new))
                .variableNameIn(ESCALATED).list();
        Map<UUID, String> references = caseReferences(new HashSet<>(caseIds.values()));
        Set<String> escalated = escalatedTasks(variables);
        return tasks.stream().map(t -> {
            UUID caseId = caseIds.get(t.getProcessInstanceId());
            return toInboxTask(t, caseId, caseId == null ? null : references.get(caseId), escalated.contains(t.getId()));
        }).toList();
    }

    InboxTask withCandidateGroups(InboxTask task) {
        List<String> groups = taskService.getIdentityLinksForTask(task.id()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(link -> link.getGroupId()).distinct().toList();
        return new InboxTask(task.id(), task.taskDefinitionKey(), task.name(), task.processInstanceId(),
                task.caseId(), task.caseReference(), task.created(), task.due(), task.assignee(),
                task.escalated(), groups);
    }

    private Map<String, UUID> caseIds(Set<String> processIds) {
        Map<String, UUID> caseIds = new HashMap<>();
        for (ProcessInstance instance : runtime.createProcessInstanceQuery().processInstanceIds(processIds).list()) {
            caseIds.put(instance.getId(), parse(instance.getBusinessKey()));
        }
        return caseIds;
    }

    private Map<UUID, String> caseReferences(Set<UUID> ids) {
        ids.remove(null);
        Map<UUID, String> references = new HashMap<>();
        if (!ids.isEmpty()) {
            referenceSources.forEach(source -> references.putAll(source.of(Set.copyOf(ids))));
        }
        return references;
    }

    private static Set<String> escalatedTasks(List<VariableInstance> variables) {
        Set<String> escalated = new HashSet<>();
        variables.stream()
                .filter(v -> ESCALATED.equals(v.getName()) && v.getTaskId() != null && Boolean.TRUE.equals(v.getValue()))
                .forEach(v -> escalated.add(v.getTaskId()));
        return escalated;
    }

    private static InboxTask toInboxTask(Task t, UUID caseId, String reference, boolean escalated) {
        return new InboxTask(t.getId(), t.getTaskDefinitionKey(), t.getName(), t.getProcessInstanceId(), caseId,
                reference, t.getCreateTime() == null ? null : t.getCreateTime().toInstant(),
                t.getDueDate() == null ? null : t.getDueDate().toInstant(), t.getAssignee(), escalated, List.of());
    }

    private static UUID parse(String businessKey) {
        try {
            return businessKey == null ? null : UUID.fromString(businessKey);
        } catch (IllegalArgumentException notACaseId) {
            return null;
        }
    }
}
