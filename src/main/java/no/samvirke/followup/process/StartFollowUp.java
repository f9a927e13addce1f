package no.samvirke.followup.process;

import java.util.HashMap;
import java.util.Map;
import no.samvirke.followup.FollowUpStepRecorded;
import no.samvirke.identity.Groups;
import no.samvirke.identity.Users;
import no.samvirke.intake.ConcernSummary;
import no.samvirke.intake.Concerns;
import no.samvirke.notification.NotificationReachedMunicipality;
import no.samvirke.notification.NotificationType;
import no.samvirke.platform.CaseId;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Starts the follow-up in the transaction where the notification reached the municipality (as
 * concern handling starts in the registering one, ADR 0007): outbound travel → family follow-up,
 * return → returnee follow-up, death → the person's other case work ends and the family is offered
 * follow-up. A second event for a case whose follow-up of that kind runs starts nothing.
 */
@Component
class StartFollowUp {

    private final RuntimeService runtime;
    private final Users users;
    private final Concerns concerns;
    private final EndCaseWorkOnDeath endCaseWork;
    private final ApplicationEventPublisher events;

    StartFollowUp(RuntimeService runtime, Users users, Concerns concerns, EndCaseWorkOnDeath endCaseWork,
                  ApplicationEventPublisher events) {
        this.runtime = runtime;
        this.users = users;
        this.concerns = concerns;
        this.endCaseWork = endCaseWork;
        this.events = events;
    }

    @EventListener
    void on(NotificationReachedMunicipality event) {
        if (event.type() == NotificationType.DEATH) {
            endCaseWork.handle(event.notificationId(), event.personCaseIds());
        }
        String key = event.type() == NotificationType.RETURN ? ReturneeFollowUpProcess.KEY : FamilyFollowUpProcess.KEY;
        if (running(key, event)) {
            return;
        }
        ConcernSummary summary = concerns.summary(event.caseId())
                .orElseThrow(() -> new IllegalStateException("Notification linked to an unknown case"));
        String processId = runtime.startProcessInstanceByKey(key, event.caseId().toString(), variables(event, summary))
                .getId();
        events.publishEvent(new FollowUpStepRecorded(event.caseId(), event.notificationId(), "followup_started", "STARTED_" + event.type(),
                processId, null, null));
    }

    private boolean running(String key, NotificationReachedMunicipality event) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(key)
                .processInstanceBusinessKey(event.caseId().toString()).count() > 0;
    }

    private Map<String, Object> variables(NotificationReachedMunicipality event, ConcernSummary summary) {
        String municipality = summary.municipalityCode();
        Map<String, Object> vars = new HashMap<>();
        FollowUpVars.CASE_ID.put(vars, CaseId.of(event.caseId()));
        FollowUpVars.NOTIFICATION_ID.put(vars, event.notificationId());
        FollowUpVars.SLT_GROUP.put(vars, Groups.slt(municipality));
        FollowUpVars.FOLLOW_UP_GROUPS.put(vars, Groups.slt(municipality) + "," + Groups.kjernegruppeMunicipal(municipality));
        if (event.type() == NotificationType.RETURN) {
            String police = Groups.police(users.municipality(municipality).policeDistrictCode());
            // The service parts' groups are the municipality's: their listeners build them from the code.
            FollowUpVars.MUNICIPALITY_CODE.put(vars, municipality);
            ReturneeFollowUpProcess.POLICE_GROUP.put(vars, police);
            ReturneeFollowUpProcess.PROSECUTION_GROUPS.put(vars, police + "," + Groups.PST);
        }
        // Why (outbound travel or death) stays in the notification's row; the form reads it there (ADR 0023).
        return vars;
    }
}
