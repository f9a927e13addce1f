package no.samvirke.followup.process;

import java.util.List;
import java.util.UUID;
import no.samvirke.followup.FollowUpStepRecorded;
import no.samvirke.intake.ConcernStatus;
import no.samvirke.intake.Concerns;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * After a death: the case work on the person's cases ends. Their running case processes are
 * deleted with the reason {@value #REASON} (Camunda history keeps it; open tasks disappear from
 * every inbox), the reporter sees "closed", and each case's timeline says why. Only case-work
 * processes are ended, never the notification routine that reported the death.
 */
@Component
class EndCaseWorkOnDeath {

    static final String REASON = "dødsfall";
    /** Processes that work on a person's case (keys of review's and this module's contracts). */
    static final List<String> CASE_WORK = List.of("concern_handling", FamilyFollowUpProcess.KEY,
            ReturneeFollowUpProcess.KEY);

    private final RuntimeService runtime;
    private final Concerns concerns;
    private final ApplicationEventPublisher events;

    EndCaseWorkOnDeath(RuntimeService runtime, Concerns concerns, ApplicationEventPublisher events) {
        this.runtime = runtime;
        this.concerns = concerns;
        this.events = events;
    }

    void handle(UUID deathNotificationId, List<UUID> personCaseIds) {
        for (UUID caseId : personCaseIds) {
            List<ProcessInstance> running = CASE_WORK.stream().flatMap(key -> runtime.createProcessInstanceQuery()
                    .processDefinitionKey(key).processInstanceBusinessKey(caseId.toString()).list().stream()).toList();
            running.forEach(pi -> runtime.deleteProcessInstance(pi.getId(), REASON));
            if (!running.isEmpty()) {
                concerns.changeStatus(caseId, ConcernStatus.CLOSED);
                events.publishEvent(new FollowUpStepRecorded(caseId, deathNotificationId, "case_work_ended", "ENDED_BY_DEATH",
                        running.get(0).getId(), null, null));
            }
        }
    }
}
