package no.samvirke.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.samvirke.clarification.TalkApiClient;
import no.samvirke.clarification.process.ClarificationProcess;
import no.samvirke.followup.process.ReturneeFollowUpProcess;
import no.samvirke.inbox.AllTasks;
import no.samvirke.intake.Concerns;
import no.samvirke.intake.personal.ConcernRecords;
import no.samvirke.notification.NotificationType;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The returnee plan through the task API and pages, per role: who gets which task, validation per
 * field, and a prosecution assessment the municipality sees only as "assessed".
 */
@SpringBootTest
@AutoConfigureMockMvc
class FollowUpTaskFormsTest {

    private static final String SEALED = "HEMMELIG vurdering fra politiet";

    @MockitoBean Concerns concerns;
    @MockitoBean ConcernRecords records;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transaction;
    @Autowired RuntimeService runtime;
    @Autowired UserDetailsService userDetails;
    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;

    private FollowUpCase returnee(String reference) {
        FollowUpCase fixture = new FollowUpCase(concerns, records, reference);
        fixture.reached(NotificationType.RETURN, transaction, events);
        return fixture;
    }

    /** The definition keys of this case's tasks the user sees, with their ids. */
    private List<JsonNode> tasks(String username, FollowUpCase fixture) throws Exception {
        List<JsonNode> mine = new ArrayList<>();
        AllTasks.of(mvc, uri -> get(uri).with(httpBasic(username, "demo"))).forEach(t -> {
            String key = t.path("caseId").asText();
            if (fixture.id.toString().equals(key) || fixture.notificationId.toString().equals(key)) {
                mine.add(t);
            }
        });
        return mine;
    }

    private List<String> keys(String username, FollowUpCase fixture) throws Exception {
        return tasks(username, fixture).stream().map(t -> t.get("taskDefinitionKey").asText()).toList();
    }

    private String taskId(String username, FollowUpCase fixture, String key) throws Exception {
        return tasks(username, fixture).stream().filter(t -> key.equals(t.get("taskDefinitionKey").asText()))
                .findFirst().orElseThrow().get("id").asText();
    }

    private ResultActions complete(String username, String taskId, String body) throws Exception {
        return mvc.perform(post("/api/v1/tasks/{id}/complete", taskId).with(httpBasic(username, "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private String page(String username, String taskId) throws Exception {
        return mvc.perform(get("/innboks/oppgaver/{id}", taskId).with(user(userDetails.loadUserByUsername(username))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private void plan(FollowUpCase fixture) throws Exception {
        String due = LocalDate.now().plusDays(30).toString();
        complete("slt", taskId("slt", fixture, ReturneeFollowUpProcess.USER_MAKE_PLAN),
                "{\"services\":[\"SCHOOL\",\"CHILD_AND_YOUTH\",\"POLICE\"],\"deadline_SCHOOL\":\"" + due
                        + "\",\"deadline_CHILD_AND_YOUTH\":\"" + due + "\",\"deadline_POLICE\":\"" + due
                        + "\",\"note\":\"Plan avtalt med tjenestene.\"}")
                .andExpect(status().isNoContent());
    }

    @Test
    void thePlanIsTheSltCoordinatorsAndARefusedPlanSaysWhichFieldIsWrong() throws Exception {
        FollowUpCase fixture = returnee("T-2026-0301");
        assertThat(keys("slt", fixture)).containsExactly(ReturneeFollowUpProcess.USER_MAKE_PLAN);
        assertThat(keys("skole", fixture)).isEmpty();
        assertThat(keys("pst", fixture)).isEmpty();
        String id = taskId("slt", fixture, ReturneeFollowUpProcess.USER_MAKE_PLAN);

        complete("slt", id, "{\"services\":[\"SCHOOL\"],\"deadline_SCHOOL\":\"2020-01-01\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'deadline_SCHOOL')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'note')]").exists());
        complete("slt", id, "{\"services\":[],\"note\":\"x\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("services"));
        assertThat(page("slt", id)).contains("Lag koordinert plan for hjemvendt", "Barne- og ungdomstjenester");
    }

    @Test
    void eachServiceSeesItsOwnPartThePoliceTheTalkAndPoliceAndPstTheAssessment() throws Exception {
        FollowUpCase fixture = returnee("T-2026-0302");
        plan(fixture);

        assertThat(keys("kjerne", fixture)).containsExactly(ReturneeFollowUpProcess.USER_SERVICE_PART);
        assertThat(keys("slt", fixture)).containsExactly(ReturneeFollowUpProcess.USER_SERVICE_PART,
                ReturneeFollowUpProcess.USER_SERVICE_PART);
        assertThat(keys("politi", fixture)).containsExactlyInAnyOrder(ReturneeFollowUpProcess.USER_SERVICE_PART,
                ClarificationProcess.USER_PLAN_RETURNEE_TALK, ReturneeFollowUpProcess.USER_PROSECUTION_ASSESSMENT);
        assertThat(keys("pst", fixture)).containsExactlyInAnyOrder(ClarificationProcess.USER_PLAN_RETURNEE_TALK,
                ReturneeFollowUpProcess.USER_PROSECUTION_ASSESSMENT);
        assertThat(keys("skole", fixture)).isEmpty();
        assertThat(page("kjerne", taskId("kjerne", fixture, ReturneeFollowUpProcess.USER_SERVICE_PART)))
                .contains("Barne- og ungdomstjenester");
        assertThat(page("pst", taskId("pst", fixture, ReturneeFollowUpProcess.USER_PROSECUTION_ASSESSMENT)))
                .contains("Saksopplysningene er ikke delt med deg")
                // PST passes no case gate: its part names the notification, never the case (path 3)
                .doesNotContain(FollowUpCase.NAME, "T-2026-0302", fixture.id.toString());
    }

    @Test
    void theMunicipalitySeesOnlyThatProsecutionWasAssessedThePoliceAndPstSeeTheResult() throws Exception {
        FollowUpCase fixture = returnee("T-2026-0303");
        plan(fixture);
        String assessment = taskId("politi", fixture, ReturneeFollowUpProcess.USER_PROSECUTION_ASSESSMENT);
        complete("politi", assessment, "{\"result\":\"MAYBE\",\"note\":\"x\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("result"));
        complete("politi", assessment, "{\"result\":\"PROSECUTION_RECOMMENDED\",\"note\":\"" + SEALED + "\"}")
                .andExpect(status().isNoContent());

        String municipal = page("slt", taskId("slt", fixture, ReturneeFollowUpProcess.USER_SERVICE_PART));
        assertThat(municipal).contains("Vurdert").doesNotContain(SEALED).doesNotContain("anbefales")
                .doesNotContain("prosecution-result");
        String police = page("politi", taskId("politi", fixture, ReturneeFollowUpProcess.USER_SERVICE_PART));
        assertThat(police).contains("Straffeforfølgning anbefales", SEALED);
        assertThat(mvc.perform(get("/api/v1/cases/{id}/timeline", fixture.id).with(httpBasic("slt", "demo")))
                .andReturn().getResponse().getContentAsString()).contains("PROSECUTION_ASSESSED").doesNotContain(SEALED);
        String processId = runtime.createProcessInstanceQuery().processInstanceBusinessKey(fixture.id.toString())
                .processDefinitionKey(ReturneeFollowUpProcess.KEY).singleResult().getId();
        assertThat(runtime.getVariables(processId)).doesNotContainKeys("prosecutionAssessed", "prosecutionDue")
                .doesNotContainValue(SEALED);
    }

    @Test
    void theReturneePlanCallsTheClarificationTalkAndShowsItsOutcome() throws Exception {
        FollowUpCase fixture = returnee("T-2026-0304");
        plan(fixture);
        String planTalk = taskId("pst", fixture, ClarificationProcess.USER_PLAN_RETURNEE_TALK);
        assertThat(taskId("politi", fixture, ClarificationProcess.USER_PLAN_RETURNEE_TALK)).isEqualTo(planTalk);
        complete("pst", planTalk, "{\"conductor\":\"POLICE_PREVENTION\",\"municipalAttendance\":false}")
                .andExpect(status().isNoContent());
        complete("politi", taskId("politi", fixture, ClarificationProcess.USER_INVITE), """
                {"minor": false, "invitee": "PERSON", "proposedDate": "%s"}""".formatted(TalkApiClient.TODAY.plusDays(3)))
                .andExpect(status().isNoContent());
        complete("politi", taskId("politi", fixture, ClarificationProcess.USER_RECORD_ANSWER), """
                {"answer": "DECLINED", "recommendation": "Følges opp av tjenestene i planen."}""")
                .andExpect(status().isNoContent());

        String processId = runtime.createProcessInstanceQuery().processInstanceBusinessKey(fixture.id.toString())
                .processDefinitionKey(ReturneeFollowUpProcess.KEY).singleResult().getId();
        assertThat(runtime.getVariable(processId, ReturneeFollowUpProcess.Vars.TALK_OUTCOME)).isEqualTo("DECLINED");
        assertThat(page("slt", taskId("slt", fixture, ReturneeFollowUpProcess.USER_SERVICE_PART)))
                .contains("Personen takket nei");
        assertThat(mvc.perform(get("/api/v1/cases/{id}/timeline", fixture.id).with(httpBasic("slt", "demo")))
                .andReturn().getResponse().getContentAsString()).contains("TALK_DECLINED");
    }
}
