package no.samvirke.review.process;

import java.util.HashMap;
import java.util.Map;
import no.samvirke.identity.Groups;
import no.samvirke.identity.Users;
import no.samvirke.intake.ConcernRegistered;
import no.samvirke.platform.CaseId;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Starts concern handling in the registering transaction: if the start fails, the registration
 * is rolled back, so no concern is ever left without a process.
 */
@Component
class StartConcernHandling {

    private final RuntimeService runtime;
    private final Users users;

    StartConcernHandling(RuntimeService runtime, Users users) {
        this.runtime = runtime;
        this.users = users;
    }

    @EventListener
    void on(ConcernRegistered event) {
        String municipality = event.municipalityCode();
        Map<String, Object> variables = new HashMap<>();
        CaseId caseId = CaseId.of(event.concernId());
        ConcernProcess.CASE_ID.put(variables, caseId);
        ConcernProcess.MUNICIPALITY_CODE.put(variables, municipality);
        // Transient: gateway_acute_danger reads it in this transaction; the fact stays in the concern (ADR 0023).
        ConcernProcess.ACUTE_DANGER.putTransient(variables, event.acuteDanger());
        ConcernProcess.SLT_GROUP.put(variables, Groups.slt(municipality));
        ConcernProcess.KJERNEGRUPPE_GROUP.put(variables, Groups.kjernegruppe(municipality));
        ConcernProcess.POLICE_GROUP.put(variables, Groups.police(users.municipality(municipality).policeDistrictCode()));
        runtime.startProcessInstanceByKey(ConcernProcess.KEY, caseId.toString(), variables);
    }
}
