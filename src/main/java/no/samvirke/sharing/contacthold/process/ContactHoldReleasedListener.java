package no.samvirke.sharing.contacthold.process;

import no.samvirke.sharing.ContactHoldReleased;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When PST releases the hold, every process of the case waiting for it (concern handling, family
 * follow-up: business key = case id) re-checks at once. Runs in the releasing transaction, so a
 * release and its correlation stand or fall together. No waiting process: no-op.
 */
@Component
public class ContactHoldReleasedListener {

    private final RuntimeService runtime;

    public ContactHoldReleasedListener(RuntimeService runtime) {
        this.runtime = runtime;
    }

    @EventListener
    public void on(ContactHoldReleased event) {
        runtime.createMessageCorrelation(ContactHoldCheck.MESSAGE_RELEASED)
                .processInstanceBusinessKey(event.caseId().toString())
                .correlateAll();
    }
}
