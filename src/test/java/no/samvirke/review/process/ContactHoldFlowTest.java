package no.samvirke.review.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.samvirke.identity.CurrentUser;
import no.samvirke.identity.ServiceUnit;
import no.samvirke.identity.Users;
import no.samvirke.intake.Category;
import no.samvirke.intake.ConcernStatus;
import no.samvirke.intake.ConcernSummary;
import no.samvirke.intake.Concerns;
import no.samvirke.platform.CaseId;
import no.samvirke.review.process.ConcernProcess.Vars;
import no.samvirke.sharing.CaseViews;
import no.samvirke.sharing.ContactHolds;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** The real wiring: PST's hold (sharing) keeps the clarification talk back; PST's release lets it start. */
@SpringBootTest
class ContactHoldFlowTest {

    @MockitoBean Concerns concerns;
    @MockitoBean CaseViews caseViews;
    @Autowired ContactHolds holds;
    @Autowired Users users;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;

    private UUID bærumCase() {
        UUID id = UUID.randomUUID();
        when(concerns.summary(id)).thenReturn(Optional.of(new ConcernSummary(id, "T-2026-0099", "3201",
                Category.RADICALISATION, ConcernStatus.UNDER_ASSESSMENT, ServiceUnit.SCHOOL, "skole", false, false,
                true, false, Instant.now(), Instant.now(), null)));
        return id;
    }

    private ProcessInstance decidedOnClarificationTalk(UUID id) {
        return runtime.createProcessInstanceByKey(ConcernProcess.KEY).businessKey(id.toString())
                .setVariables(Map.of(Vars.CASE_ID, id.toString(), Vars.POLICE_GROUP, "politi-oslo",
                        Vars.KJERNEGRUPPE_GROUP, "kjernegruppe-3201", Vars.SLT_GROUP, "slt-3201"))
                .startBeforeActivity(ConcernProcess.SERVICE_CHECK_CONTACT_HOLD).execute();
    }

    /** The police's first task of the called clarification talk (same business key: the case). */
    private long clarificationTasks(ProcessInstance pi) {
        return tasks.createTaskQuery().processInstanceBusinessKey(pi.getBusinessKey())
                .taskDefinitionKey("user_invite").count();
    }

    @Test
    void theTalkWaitsForPstsReleaseAndTheEngineNeverSeesTheReason() {
        UUID id = bærumCase();
        CurrentUser pst = users.find("pst").orElseThrow();
        holds.set(CaseId.of(id), "HEMMELIG grunn", LocalDate.now(ZoneId.of("Europe/Oslo")).plusDays(10), pst);

        ProcessInstance pi = decidedOnClarificationTalk(id);
        assertThat(clarificationTasks(pi)).isZero();
        assertThat(runtime.getVariables(pi.getId())).containsEntry(Vars.CONTACT_HOLD, true)
                .containsKey(Vars.CONTACT_HOLD_UNTIL).doesNotContainValue("HEMMELIG grunn");
        assertThat(runtime.getVariables(pi.getId()).keySet()).isSubsetOf(Vars.ALL);

        holds.release(CaseId.of(id), pst);
        assertThat(clarificationTasks(pi)).isEqualTo(1);
        assertThat(runtime.getVariables(pi.getId())).containsEntry(Vars.CONTACT_HOLD, false);
    }

    @Test
    void withoutAHoldTheTalkStartsAtOnce() {
        ProcessInstance pi = decidedOnClarificationTalk(bærumCase());
        assertThat(clarificationTasks(pi)).isEqualTo(1);
    }
}
