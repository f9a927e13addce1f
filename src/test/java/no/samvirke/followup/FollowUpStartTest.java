package no.samvirke.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.samvirke.catalogue.process.MeasureRuns;
import no.samvirke.followup.process.FamilyFollowUpProcess;
import no.samvirke.followup.process.FollowUpVars;
import no.samvirke.followup.process.ReturneeFollowUpProcess;
import no.samvirke.identity.ServiceUnit;
import no.samvirke.intake.ConcernRegistered;
import no.samvirke.intake.ConcernStatus;
import no.samvirke.intake.Concerns;
import no.samvirke.intake.personal.ConcernRecords;
import no.samvirke.notification.NotificationType;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** A notification that reached the municipality starts the follow-up of its type; a death ends the other case work. */
@SpringBootTest
@AutoConfigureMockMvc
class FollowUpStartTest {

    @MockitoBean Concerns concerns;
    @MockitoBean ConcernRecords records;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transaction;
    @Autowired RuntimeService runtime;
    @Autowired TaskService taskService;
    @Autowired HistoryService history;
    @Autowired MockMvc mvc;
    @Autowired MeasureRuns measureRuns;
    @Autowired org.springframework.security.core.userdetails.UserDetailsService userDetails;

    private ProcessInstance running(String key, UUID caseId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(key)
                .processInstanceBusinessKey(caseId.toString()).singleResult();
    }

    private String timeline(UUID caseId) throws Exception {
        return mvc.perform(get("/api/v1/cases/{id}/timeline", caseId).with(httpBasic("slt", "demo")))
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void anOutboundTravelStartsTheFamilyFollowUpForTheSltCoordinator() throws Exception {
        FollowUpCase fixture = new FollowUpCase(concerns, records, "T-2026-0201");
        fixture.reached(NotificationType.OUTBOUND_TRAVEL, transaction, events);

        ProcessInstance pi = running(FamilyFollowUpProcess.KEY, fixture.id);
        assertThat(pi).isNotNull();
        Map<String, Object> variables = runtime.getVariables(pi.getId());
        // Why and which case reference stay in our tables (ADR 0023), not in the engine.
        assertThat(variables).doesNotContainKeys("variant", "caseReference").doesNotContainValue("T-2026-0201")
                .containsEntry(FollowUpVars.SLT_GROUP.name(), "slt-3201");
        assertThat(variables.keySet()).isSubsetOf(FamilyFollowUpProcess.Vars.ALL);
        assertThat(variables.values()).noneMatch(v -> String.valueOf(v).contains("Testesen"));
        assertThat(taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult().getTaskDefinitionKey())
                .isEqualTo(FamilyFollowUpProcess.USER_CONTACT_FAMILY);
        assertThat(timeline(fixture.id)).contains("followup_started", "STARTED_OUTBOUND_TRAVEL");
    }

    @Test
    void aReturnStartsTheCoordinatedPlanAndTheSameNotificationTwiceStartsItOnce() {
        FollowUpCase fixture = new FollowUpCase(concerns, records, "T-2026-0202");
        fixture.reached(NotificationType.RETURN, transaction, events);
        fixture.reached(NotificationType.RETURN, transaction, events);

        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(fixture.id.toString()).list())
                .extracting(ProcessInstance::getProcessDefinitionId).hasSize(1)
                .allMatch(id -> id.startsWith(ReturneeFollowUpProcess.KEY + ":"));
        ProcessInstance pi = running(ReturneeFollowUpProcess.KEY, fixture.id);
        assertThat(runtime.getVariables(pi.getId()))
                .containsEntry(ReturneeFollowUpProcess.Vars.POLICE_GROUP, "politi-oslo")
                .containsEntry(ReturneeFollowUpProcess.Vars.PROSECUTION_GROUPS, "politi-oslo,pst");
        assertThat(taskService.createTaskQuery().processInstanceId(pi.getId()).taskCandidateGroup("slt-3201")
                .singleResult().getTaskDefinitionKey()).isEqualTo(ReturneeFollowUpProcess.USER_MAKE_PLAN);
        MeasureRuns.Count runs = measureRuns.count("baerum-2015", 32, java.time.Year.now().getValue());
        assertThat(runs.elements()).containsExactly("start_returnee_follow_up");
        assertThat(runs.total()).isPositive();
    }

    @Test
    void aDeathEndsTheOpenTasksOnThePersonsCasesAndOffersTheFamilyFollowUp() throws Exception {
        FollowUpCase fixture = new FollowUpCase(concerns, records, "T-2026-0203");
        FollowUpCase earlierConcern = new FollowUpCase(concerns, records, "T-2026-0204");
        transaction.executeWithoutResult(status -> events.publishEvent(new ConcernRegistered(earlierConcern.id,
                "T-2026-0204", "3201", ServiceUnit.SCHOOL, false, false, false)));
        fixture.reached(NotificationType.OUTBOUND_TRAVEL, transaction, events);
        String travelFollowUp = running(FamilyFollowUpProcess.KEY, fixture.id).getId();
        String concernHandling = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(earlierConcern.id.toString()).singleResult().getId();

        fixture.reached(NotificationType.DEATH, transaction, events, earlierConcern.id);

        List<HistoricProcessInstance> ended = history.createHistoricProcessInstanceQuery()
                .processInstanceIds(java.util.Set.of(travelFollowUp, concernHandling)).list();
        assertThat(ended).hasSize(2).allMatch(h -> "dødsfall".equals(h.getDeleteReason()));
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(earlierConcern.id.toString()).count()).isZero();
        verify(concerns).changeStatus(earlierConcern.id, ConcernStatus.CLOSED);
        assertThat(timeline(earlierConcern.id)).contains("case_work_ended", "ENDED_BY_DEATH");
        assertThat(mvc.perform(get("/saker/{id}", earlierConcern.id)
                        .with(user(userDetails.loadUserByUsername("slt"))))
                .andReturn().getResponse().getContentAsString())
                .contains("Avsluttet på grunn av dødsfall", "Saksbehandlingen avsluttet");

        ProcessInstance deathFollowUp = running(FamilyFollowUpProcess.KEY, fixture.id);
        assertThat(deathFollowUp.getId()).isNotEqualTo(travelFollowUp);
        assertThat(runtime.getVariables(deathFollowUp.getId())).doesNotContainKey("variant").doesNotContainValue("DEATH");
        assertThat(timeline(fixture.id)).contains("STARTED_DEATH");
    }
}
