package no.samvirke.followup.process;

import no.samvirke.sharing.ContactHoldReleased;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** When PST releases the hold, a family follow-up waiting for it re-checks at once (same transaction). */
@Component
class FollowUpContactHoldReleasedListener {

    private final RuntimeService runtime;

    FollowUpContactHoldReleasedListener(RuntimeService runtime) {
        this.runtime = runtime;
    }

    @EventListener
    void on(ContactHoldReleased event) {
        runtime.createMessageCorrelation(FamilyFollowUpProcess.Messages.CONTACT_HOLD_RELEASED)
                .processInstanceBusinessKey(event.caseId().toString())
                .correlateAll();
    }
}
