package no.samvirke.review.process;

import no.samvirke.platform.ProcessBean;
import java.util.UUID;
import no.samvirke.intake.ConcernStatus;
import no.samvirke.intake.Concerns;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Closes the concern: the reporter sees "closed" (not in scope, closed, or forwarded to police). */
@Component("closeConcernDelegate")
@ProcessBean
class CloseConcernDelegate implements JavaDelegate {

    private final Concerns concerns;

    CloseConcernDelegate(Concerns concerns) {
        this.concerns = concerns;
    }

    @Override
    public void execute(DelegateExecution execution) {
        concerns.changeStatus(UUID.fromString(execution.getBusinessKey()), ConcernStatus.CLOSED);
    }
}
