package no.samvirke.notification.process;

import no.samvirke.platform.ProcessBean;
import java.util.UUID;
import no.samvirke.notification.internal.ReachMunicipality;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The municipality has it: link or open the person's case there and tell the follow-up. */
@Component("reachedMunicipalityDelegate")
@ProcessBean
class ReachedMunicipalityDelegate implements JavaDelegate {

    private final ReachMunicipality reach;

    ReachedMunicipalityDelegate(ReachMunicipality reach) {
        this.reach = reach;
    }

    @Override
    public void execute(DelegateExecution execution) {
        // The linked case stays in our tables: which case a notification reached is not routing (ADR 0023).
        reach.handle(UUID.fromString(execution.getBusinessKey()));
    }
}
