package no.samvirke.clarification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.Map;
import no.samvirke.clarification.process.ClarificationProcess;
import no.samvirke.identity.Groups;
import no.samvirke.identity.Users;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The talk's paths with the real forms, sharing and engine, as the police and the kjernegruppe notice them. */
@SpringBootTest
@AutoConfigureMockMvc
class ClarificationTalkPathsTest {

    private static final LocalDate TODAY = TalkApiClient.TODAY;

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired Users users;
    private TalkApiClient api;

    @BeforeEach
    void client() {
        api = new TalkApiClient(mvc, json);
    }

    @Test
    void aMinorIsInvitedWithTheGuardiansAndATalkWithoutThemGetsANewTime() throws Exception {
        String caseId = talkCase("Sti Testperson");
        completing(caseId, "politi", "user_invite", """
                {"minor": true, "invitee": "PERSON", "proposedDate": "%s"}""".formatted(TODAY.plusDays(3)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("invitee"));
        invite(caseId, true);
        complete(caseId, "politi", "user_record_answer", "{\"answer\": \"ACCEPTED\"}");
        completing(caseId, "politi", "user_record_talk", held(false))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("guardiansPresent"));

        complete(caseId, "politi", "user_record_talk", "{\"result\": \"RESCHEDULED\"}");
        taskFor(caseId, "politi", "user_invite");
        JsonNode talk = talks(caseId, "politi").get(0);
        assertThat(talk.get("status").asText()).isEqualTo("PLANNING");
        assertThat(talk.get("invitations").asInt()).isEqualTo(1);
        invite(caseId, true);
        complete(caseId, "politi", "user_record_answer", "{\"answer\": \"ACCEPTED\"}");
        complete(caseId, "politi", "user_record_talk", held(true));
        talk = talks(caseId, "politi").get(0);
        assertThat(talk.get("invitations").asInt()).isEqualTo(2);
        assertThat(talk.get("details").get("guardiansPresent").asBoolean()).isTrue();
    }

    @Test
    void anAdultTalkNeedsNoGuardians() throws Exception {
        String caseId = talkCase("Sti Testperson");
        invite(caseId, false);
        complete(caseId, "politi", "user_record_answer", "{\"answer\": \"ACCEPTED\"}");
        complete(caseId, "politi", "user_record_talk", held(null));
        JsonNode talk = talks(caseId, "politi").get(0);
        assertThat(talk.get("status").asText()).isEqualTo("HELD");
        assertThat(talk.get("details").get("guardiansPresent").isNull()).isTrue();
        taskFor(caseId, "kjerne", "user_review_concern");
    }

    @Test
    void aDeclineGoesBackToTheKjernegruppeWithThePolicesRecommendation() throws Exception {
        String caseId = talkCase("Sti Testperson");
        invite(caseId, false);
        completing(caseId, "politi", "user_record_answer", "{\"answer\": \"DECLINED\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("recommendation"));
        complete(caseId, "politi", "user_record_answer", """
                {"answer": "DECLINED", "recommendation": "Skolen og helsesykepleier følger opp."}""");
        taskFor(caseId, "kjerne", "user_review_concern");
        JsonNode talk = talks(caseId, "kjerne").get(0);
        assertThat(talk.get("status").asText()).isEqualTo("DECLINED");
        assertThat(talk.get("recommendation").asText()).isEqualTo("Skolen og helsesykepleier følger opp.");
        assertThat(timeline(caseId, "kjerne")).contains("\"outcome\":\"DECLINED\"");
    }

    @Test
    void noAnswerByTheDeadlineAsksForTheRecommendationAndGoesBack() throws Exception {
        String caseId = talkCase("Sti Testperson");
        invite(caseId, false);
        String talkProcess = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseId)
                .processDefinitionKey(ClarificationProcess.KEY).singleResult().getId();
        Job deadline = management.createJobQuery().processInstanceId(talkProcess).timers()
                .activityId(ClarificationProcess.TIMER_ANSWER_DEADLINE).singleResult();
        management.executeJob(deadline.getId());
        complete(caseId, "politi", "user_record_no_answer", """
                {"recommendation": "Ingen kontakt; barnevernet vurderer bekymringssamtale."}""");
        taskFor(caseId, "kjerne", "user_review_concern");
        assertThat(talks(caseId, "kjerne").get(0).get("status").asText()).isEqualTo("NO_ANSWER");
        assertThat(timeline(caseId, "kjerne")).contains("\"outcome\":\"NO_ANSWER\"");
    }

    @Test
    void forAReturneePstMayConductAndTheMunicipalityAttendsOnlyWithConsentOrALegalGround() throws Exception {
        String caseId = register();
        runtime.startProcessInstanceByKey(ClarificationProcess.KEY, caseId, Map.of(
                "caseId", caseId, "caseReference", "T-2026-0777", "municipalityCode", "3201",
                "policeGroup", Groups.police(users.municipality("3201").policeDistrictCode()), "talkContext", "RETURNEE"));
        String plan = taskFor(caseId, "pst", "user_plan_returnee_talk");
        assertThat(taskFor(caseId, "politi", "user_plan_returnee_talk")).isEqualTo(plan);

        completing(caseId, "politi", "user_plan_returnee_talk", """
                {"conductor": "PST", "municipalAttendance": true, "attendanceBasis": "CONSENT"}""")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("attendanceBasis"));
        completing(caseId, "politi", "user_plan_returnee_talk", """
                {"conductor": "PST", "municipalAttendance": true}""")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("attendanceBasis"));
        mvc.perform(post("/api/v1/concerns/" + caseId + "/consents").with(httpBasic("slt", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"givenBy": "PERSON_AND_GUARDIANS", "givenByName": "Hjemvendt Testperson", "recipients": ["KJERNEGRUPPE", "POLICE"],
                         "validFrom": "%s", "form": "WRITTEN", "documentReference": "Arkiv 2026/77-2"}"""
                        .formatted(TODAY))).andExpect(status().isCreated());
        complete(caseId, "politi", "user_plan_returnee_talk", """
                {"conductor": "PST", "municipalAttendance": true, "attendanceBasis": "CONSENT"}""");

        String invite = taskFor(caseId, "pst", "user_invite");
        assertThat(api.allTasks("politi").toString()).doesNotContain(invite);
        complete(caseId, "pst", "user_invite", """
                {"minor": false, "invitee": "PERSON", "proposedDate": "%s"}""".formatted(TODAY.plusDays(3)));
        complete(caseId, "pst", "user_record_answer", "{\"answer\": \"ACCEPTED\"}");
        complete(caseId, "pst", "user_record_talk", held(null));
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseId)
                .processDefinitionKey(ClarificationProcess.KEY).count()).isZero();
        JsonNode talk = talks(caseId, "politi").get(0);
        assertThat(talk.get("conductor").asText()).isEqualTo("PST");
        assertThat(talk.get("attendanceBasis").asText()).isEqualTo("CONSENT");
        assertThat(talk.get("authorService").asText()).isEqualTo("PST");
    }

    @Test
    void aLegalGroundLetsTheMunicipalityAttendWithoutConsent() throws Exception {
        String caseId = register();
        runtime.startProcessInstanceByKey(ClarificationProcess.KEY, caseId, Map.of(
                "caseId", caseId, "caseReference", "T-2026-0778", "municipalityCode", "3201",
                "policeGroup", Groups.police(users.municipality("3201").policeDistrictCode()), "talkContext", "RETURNEE"));
        complete(caseId, "pst", "user_plan_returnee_talk", """
                {"conductor": "POLICE_PREVENTION", "municipalAttendance": true, "attendanceBasis": "DUTY_TO_AVERT"}""");
        taskFor(caseId, "politi", "user_invite");
        assertThat(talks(caseId, "kjerne").get(0).get("attendanceBasis").asText()).isEqualTo("DUTY_TO_AVERT");
    }

    private String held(Boolean guardiansPresent) {
        String guardians = guardiansPresent == null ? "" : "\"guardiansPresent\": " + guardiansPresent + ",";
        String roles = Boolean.TRUE.equals(guardiansPresent) ? "[\"SUBJECT\", \"GUARDIAN\"]" : "[\"SUBJECT\"]";
        return """
                {"result": "HELD", "heldOn": "%s", "place": "Politihuset", "participants": %s, %s
                 "topics": ["SITUATION_AND_WELLBEING"], "assessment": "CONCERN_DISMISSED",
                 "reasons": "Ingen tegn til radikalisering.", "nextSteps": "Ingen.", "newTalkPlanned": false,
                 "notes": "Notat."}""".formatted(TODAY, roles, guardians);
    }

    private String talkCase(String name) throws Exception {
        return api.referredToTalk(name);
    }

    private void invite(String caseId, boolean minor) throws Exception {
        complete(caseId, "politi", "user_invite", """
                {"minor": %s, "invitee": "%s", "proposedDate": "%s"}"""
                .formatted(minor, minor ? "GUARDIANS_AND_CHILD" : "PERSON", TODAY.plusDays(3)));
    }

    private String register() throws Exception {
        return api.register("Sti Testperson");
    }

    private JsonNode talks(String caseId, String user) throws Exception {
        return api.read("/api/v1/clarification-talks?caseId=" + caseId, user).get("talks");
    }

    private String timeline(String caseId, String user) throws Exception {
        return api.read("/api/v1/cases/" + caseId + "/timeline", user).toString();
    }

    private String taskFor(String caseId, String user, String taskKey) throws Exception {
        return api.taskFor(caseId, user, taskKey);
    }

    private ResultActions completing(String caseId, String user, String taskKey, String input) throws Exception {
        return api.completing(caseId, user, taskKey, input);
    }

    private void complete(String caseId, String user, String taskKey, String input) throws Exception {
        api.complete(caseId, user, taskKey, input);
    }
}
