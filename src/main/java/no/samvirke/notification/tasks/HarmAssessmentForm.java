package no.samvirke.notification.tasks;

import no.samvirke.notification.internal.AssessHarm;
import no.samvirke.notification.internal.HarmAssessment;
import no.samvirke.notification.log.NotificationTaskViews;
import no.samvirke.notification.log.NotificationLog;
import java.time.LocalDate;
import java.util.Map;
import no.samvirke.identity.CurrentUser;
import no.samvirke.inbox.InboxTask;
import no.samvirke.inbox.TaskFormHandler;
import no.samvirke.inbox.TaskFormView;
import no.samvirke.notification.process.TravelNotificationProcess;
import no.samvirke.notification.process.TravelNotificationProcess.Vars;
import org.springframework.stereotype.Component;

/**
 * PST's (or the police's) renewed harm assessment: may the municipality be told now, and must
 * it not contact the family until a date (PST only, with a reason only police and PST see)?
 */
@Component
class HarmAssessmentForm implements TaskFormHandler {

    private final AssessHarm assess;
    private final NotificationLog log;

    HarmAssessmentForm(AssessHarm assess, NotificationLog log) {
        this.assess = assess;
        this.log = log;
    }

    @Override
    public boolean handles(String taskDefinitionKey) {
        return TravelNotificationProcess.USER_HARM_ASSESSMENT.equals(taskDefinitionKey);
    }

    @Override
    public TaskFormView view(InboxTask task, CurrentUser user) {
        return new TaskFormView("notification/tasks :: harmAssessment", Map.of("notification",
                NotificationTaskViews.find(log, task, user)));
    }

    @Override
    public Map<String, Object> complete(InboxTask task, Map<String, Object> input, CurrentUser user) {
        HarmAssessment decision = AssessHarm.parse(input.get("harmAssessment"));
        Object until = input.get("contactHoldUntil");
        LocalDate holdUntil = until == null || until.toString().isBlank() ? null : AssessHarm.date(until.toString());
        Object reason = input.get("contactHoldReason");
        boolean cleared = assess.handle(task.caseId(), decision, holdUntil, reason == null ? null : reason.toString(), user);
        return Map.of(Vars.HARM_CLEARED, cleared);
    }
}
