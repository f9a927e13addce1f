package no.samvirke.review.process;

import no.samvirke.platform.ProcessBean;
import java.util.Date;
import java.util.Optional;
import java.time.Instant;
import java.util.UUID;
import no.samvirke.review.process.ConcernProcess.Vars;
import no.samvirke.sharing.ContactHolds;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Before anyone contacts the family: is PST's hold active, and until when? Flag and date only. */
@Component("checkContactHoldDelegate")
@ProcessBean
class CheckContactHoldDelegate implements JavaDelegate {

    private final ContactHolds holds;

    CheckContactHoldDelegate(ContactHolds holds) {
        this.holds = holds;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Optional<Instant> until = holds.heldUntil(UUID.fromString(execution.getBusinessKey()));
        execution.setVariable(Vars.CONTACT_HOLD, until.isPresent());
        execution.setVariable(Vars.CONTACT_HOLD_UNTIL, until.map(Date::from).orElse(null));
    }
}
