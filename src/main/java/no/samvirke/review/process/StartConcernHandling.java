package no.samvirke.review.process;

import java.util.HashMap;
import java.util.Map;
import no.samvirke.identity.Groups;
import no.samvirke.identity.Users;
import no.samvirke.intake.ConcernRegistered;
import no.samvirke.review.process.ConcernProcess.Vars;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
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
        variables.put(Vars.CONCERN_ID, event.concernId().toString());
        variables.put(Vars.MUNICIPALITY_CODE, municipality);
        // Transient: gateway_acute_danger reads it in this transaction; the fact stays in the concern (ADR 0023).
        variables.put(Vars.ACUTE_DANGER, Variables.booleanValue(event.acuteDanger(), true));
        variables.put(Vars.SLT_GROUP, Groups.slt(municipality));
        variables.put(Vars.KJERNEGRUPPE_GROUP, Groups.kjernegruppe(municipality));
        variables.put(Vars.POLICE_GROUP, Groups.police(users.municipality(municipality).policeDistrictCode()));
        runtime.startProcessInstanceByKey(ConcernProcess.KEY, event.concernId().toString(), variables);
    }
}
