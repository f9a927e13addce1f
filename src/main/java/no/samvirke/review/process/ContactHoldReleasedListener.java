package no.samvirke.review.process;

import no.samvirke.sharing.ContactHoldReleased;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When PST releases the hold, processes waiting for it re-check at once. Runs in the releasing
 * transaction, so a release and its correlation stand or fall together. No waiting process: no-op.
 */
@Component
class ContactHoldReleasedListener {

    private final RuntimeService runtime;

    ContactHoldReleasedListener(RuntimeService runtime) {
        this.runtime = runtime;
    }

    @EventListener
    void on(ContactHoldReleased event) {
        runtime.createMessageCorrelation(ConcernProcess.Messages.CONTACT_HOLD_RELEASED)
                .processInstanceBusinessKey(event.caseId().toString())
                .correlateAll();
    }
}
