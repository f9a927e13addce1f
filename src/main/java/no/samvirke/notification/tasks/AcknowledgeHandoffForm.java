package no.samvirke.notification.tasks;

import no.samvirke.notification.internal.Handoffs;
import no.samvirke.notification.log.NotificationTaskViews;
import no.samvirke.notification.log.NotificationLog;
import java.util.List;
import java.util.Map;
import no.samvirke.identity.CurrentUser;
import no.samvirke.inbox.InboxTask;
import no.samvirke.inbox.TaskFormHandler;
import no.samvirke.inbox.TaskFormView;
import no.samvirke.notification.process.TravelNotificationProcess;
import no.samvirke.notification.process.TravelNotificationProcess.Step;
import no.samvirke.notification.process.TravelNotificationProcess.Vars;
import no.samvirke.platform.InvalidInputException;
import org.springframework.stereotype.Component;

/** The receipt of a handoff: the recipient confirms they have it; the routine goes on. */
@Component
class AcknowledgeHandoffForm implements TaskFormHandler {

    private final Handoffs handoffs;
    private final NotificationLog log;

    AcknowledgeHandoffForm(Handoffs handoffs, NotificationLog log) {
        this.handoffs = handoffs;
        this.log = log;
    }

    @Override
    public boolean handles(String taskDefinitionKey) {
        return TravelNotificationProcess.USER_ACKNOWLEDGE_HANDOFF.equals(taskDefinitionKey);
    }

    @Override
    public TaskFormView view(InboxTask task, CurrentUser user) {
        return new TaskFormView("notification/tasks :: acknowledge", Map.of("notification",
                NotificationTaskViews.find(log, task, user)));
    }

    @Override
    public Map<String, Object> complete(InboxTask task, Map<String, Object> input, CurrentUser user) {
        Object acknowledged = input.get("acknowledged");
        if (!(Boolean.TRUE.equals(acknowledged) || "true".equals(acknowledged) || "on".equals(acknowledged))) {
            throw InvalidInputException.of("acknowledged", "notification.acknowledge.required");
        }
        Step step = handoffs.acknowledge(task.caseId(), user);
        return Map.of(Vars.NEXT_STEP, step.name());
    }

}
