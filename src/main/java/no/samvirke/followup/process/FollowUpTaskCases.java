package no.samvirke.followup.process;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import no.samvirke.identity.CurrentUser;
import no.samvirke.inbox.InboxTask;
import no.samvirke.inbox.TaskCaseDisclosure;
import no.samvirke.platform.CaseId;
import no.samvirke.sharing.NotificationCaseLinks;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.springframework.stereotype.Component;

/**
 * A follow-up the notification routine started runs on the municipal case (business key), but its
 * tasks reach agencies that may not know the case: PST (prosecution assessment, who conducts the
 * clarification talk) never passes the case gate, the police may see the case only anonymised. Such
 * a task names the case only to a viewer who may see the notification's link to it identified
 * (sharing's {@link NotificationCaseLinks}, the same decision as the handoff log); everyone else sees
 * the notification the follow-up came from, whether or not a case existed before it. The tasks of
 * the clarification talk the follow-up calls are judged by their root process.
 */
@Component
class FollowUpTaskCases implements TaskCaseDisclosure {

    static final String PURPOSE = "task:case";
    private static final Set<String> FOLLOW_UPS = Set.of(ReturneeFollowUpProcess.KEY, FamilyFollowUpProcess.KEY);

    private final RuntimeService runtime;
    private final NotificationCaseLinks links;

    FollowUpTaskCases(RuntimeService runtime, NotificationCaseLinks links) {
        this.runtime = runtime;
        this.links = links;
    }

    @Override
    public Map<String, UUID> substitutes(List<InboxTask> tasks, CurrentUser viewer) {
        Set<String> processIds = tasks.stream().filter(t -> t.caseId() != null).map(InboxTask::processInstanceId)
                .filter(Objects::nonNull).collect(Collectors.toSet());
        if (processIds.isEmpty()) {
            return Map.of();
        }
        Map<String, String> roots = runtime.createProcessInstanceQuery()
                .processInstanceIds(processIds).list().stream()
                .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getRootProcessInstanceId));
        Set<String> rootIds = Set.copyOf(roots.values());
        Set<String> followUps = runtime.createProcessInstanceQuery().processInstanceIds(rootIds).list().stream()
                .filter(p -> FOLLOW_UPS.contains(definitionKey(p))).map(ProcessInstance::getId)
                .collect(Collectors.toSet());
        if (followUps.isEmpty()) {
            return Map.of();
        }
        Map<String, UUID> notificationOf = new HashMap<>();
        for (VariableInstance v : runtime.createVariableInstanceQuery()
                .processInstanceIdIn(followUps.toArray(String[]::new))
                .variableName(FollowUpVars.NOTIFICATION_ID.name()).list()) {
            if (v.getValue() != null && v.getProcessInstanceId().equals(v.getExecutionId())) {
                notificationOf.put(v.getProcessInstanceId(), UUID.fromString(v.getValue().toString()));
            }
        }
        Map<String, Boolean> decided = new HashMap<>();
        Map<String, UUID> substitutes = new HashMap<>();
        for (InboxTask task : tasks) {
            UUID notification = task.caseId() == null ? null : notificationOf.get(roots.get(task.processInstanceId()));
            if (notification == null) {
                continue;
            }
            boolean shown = decided.computeIfAbsent(notification + "/" + task.caseId(),
                    k -> links.mayShowLink(notification, CaseId.of(task.caseId()), viewer, PURPOSE));
            if (!shown) {
                substitutes.put(task.id(), notification);
            }
        }
        return substitutes;
    }

    private String definitionKey(ProcessInstance instance) {
        String definitionId = instance.getProcessDefinitionId();
        return definitionId == null ? "" : definitionId.substring(0, Math.max(0, definitionId.indexOf(':')));
    }
}
