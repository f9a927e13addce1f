package no.samvirke.followup.process;

import no.samvirke.platform.ProcessBean;
import java.time.Clock;
import java.util.UUID;
import no.samvirke.followup.FollowUpStepRecorded;
import no.samvirke.followup.internal.FollowUpEntry;
import no.samvirke.followup.internal.FollowUpEntryRepository;
import no.samvirke.followup.process.ReturneeFollowUpProcess.TalkOutcome;
import no.samvirke.identity.Agency;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * When the called clarification talk has ended, the returnee plan records its outcome (held,
 * declined, no answer: a code, never the police's record) for the plan status and the case timeline.
 */
@Component("recordReturneeTalkListener")
@ProcessBean
class RecordReturneeTalk implements ExecutionListener {

    private final FollowUpEntryRepository entries;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RecordReturneeTalk(FollowUpEntryRepository entries, ApplicationEventPublisher events, Clock clock) {
        this.entries = entries;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateExecution execution) {
        UUID caseId = FollowUpVars.CASE_ID.from(execution).value();
        String outcome = TalkOutcome.of(ReturneeFollowUpProcess.TALK_OUTCOME.from(execution)).name();
        entries.save(FollowUpEntry.byRoutine(caseId, execution.getProcessInstanceId(),
                ReturneeFollowUpProcess.CALL_CLARIFICATION_TALK, outcome, Agency.POLICE, clock.instant()));
        events.publishEvent(new FollowUpStepRecorded(caseId, FollowUpVars.NOTIFICATION_ID.from(execution),
                ReturneeFollowUpProcess.CALL_CLARIFICATION_TALK, outcome,
                execution.getProcessInstanceId(), null, null));
    }
}
