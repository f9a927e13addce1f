package no.samvirke.sharing.contacthold.process;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import no.samvirke.platform.CaseId;
import no.samvirke.platform.ProcessBean;
import no.samvirke.sharing.ContactHolds;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Before anyone contacts the family (concern handling's clarification talk, the family follow-up):
 * is PST's hold on the case (the business key) active, and until when? Flag and date only.
 */
@Component(ContactHoldCheck.DELEGATE)
@ProcessBean
public class CheckContactHoldDelegate implements JavaDelegate {

    private final ContactHolds holds;

    public CheckContactHoldDelegate(ContactHolds holds) {
        this.holds = holds;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Optional<Instant> until = holds.heldUntil(CaseId.of(execution.getBusinessKey()));
        ContactHoldCheck.CONTACT_HOLD.set(execution, until.isPresent());
        ContactHoldCheck.CONTACT_HOLD_UNTIL.set(execution, until.map(Date::from).orElse(null));
    }
}
