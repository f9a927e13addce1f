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
import java.time.ZoneId;
import java.util.Map;
import no.samvirke.clarification.process.ClarificationProcess;
import no.samvirke.identity.Groups;
import no.samvirke.identity.Users;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
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

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Oslo"));

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired Users users;

    @Test
    void aMinorIsInvitedWithTheGuardiansAndATalkWithoutThemGetsANewTime() throws Exception {
        String caseId = referredToTalk();
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
        String caseId = referredToTalk();
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
        String caseId = referredToTalk();
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
        String caseId = referredToTalk();
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
        mvc.perform(post("/api/v1/concerns/" + caseId + "/consents").with(httpBasic("kjerne", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"givenBy": "PERSON", "givenByName": "Hjemvendt Testperson", "recipients": ["KJERNEGRUPPE", "POLICE"],
                         "validFrom": "%s", "form": "WRITTEN"}""".formatted(TODAY))).andExpect(status().isCreated());
        complete(caseId, "politi", "user_plan_returnee_talk", """
                {"conductor": "PST", "municipalAttendance": true, "attendanceBasis": "CONSENT"}""");

        String invite = taskFor(caseId, "pst", "user_invite");
        assertThat(tasksOf("politi")).doesNotContain(invite);
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

    private String referredToTalk() throws Exception {
        String caseId = register();
        complete(caseId, "slt", "user_screen_concern", """
                {"inScope": true, "discussionMode": "NAMED", "reasons": "Innenfor mandatet."}""");
        consentCoveringThePolice(caseId);
        complete(caseId, "kjerne", "user_review_concern", """
                {"decision": "CLARIFICATION_TALK", "reasons": "Avklaringssamtale."}""");
        return caseId;
    }

    private void invite(String caseId, boolean minor) throws Exception {
        complete(caseId, "politi", "user_invite", """
                {"minor": %s, "invitee": "%s", "proposedDate": "%s"}"""
                .formatted(minor, minor ? "GUARDIANS_AND_CHILD" : "PERSON", TODAY.plusDays(3)));
    }

    /** The guardians' consent lets the police know who the case is about (a talk needs that). */
    private void consentCoveringThePolice(String caseId) throws Exception {
        mvc.perform(post("/api/v1/concerns/" + caseId + "/consents").with(httpBasic("kjerne", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"givenBy": "GUARDIANS", "givenByName": "Foresatt Testesen", "recipients": ["POLICE"],
                         "validFrom": "%s", "form": "WRITTEN"}""".formatted(java.time.LocalDate.now(
                        java.time.ZoneId.of("Europe/Oslo"))))).andExpect(status().isCreated());
    }

    private String register() throws Exception {
        String response = mvc.perform(post("/api/v1/concerns").with(httpBasic("skole", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"subject": {"anonymous": false, "name": "Sti Testperson", "nationalId": "15070950089"},
                                 "category": "RADICALISATION", "description": "Bekymring for en elev.",
                                 "subjectInformed": false, "consentToShare": false, "acuteDanger": false}"""))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(response).get("id").asText();
    }

    private JsonNode talks(String caseId, String user) throws Exception {
        return json.readTree(mvc.perform(get("/api/v1/clarification-talks?caseId=" + caseId)
                        .with(httpBasic(user, "demo"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).get("talks");
    }

    private String timeline(String caseId, String user) throws Exception {
        return mvc.perform(get("/api/v1/cases/" + caseId + "/timeline").with(httpBasic(user, "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private String tasksOf(String user) throws Exception {
        return mvc.perform(get("/api/v1/tasks").with(httpBasic(user, "demo"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private String taskFor(String caseId, String user, String taskKey) throws Exception {
        for (JsonNode task : json.readTree(tasksOf(user))) {
            if (caseId.equals(task.get("caseId").asText()) && taskKey.equals(task.get("taskDefinitionKey").asText())) {
                return task.get("id").asText();
            }
        }
        throw new AssertionError(user + " has no " + taskKey + " for case " + caseId);
    }

    private ResultActions completing(String caseId, String user, String taskKey, String input) throws Exception {
        return mvc.perform(post("/api/v1/tasks/" + taskFor(caseId, user, taskKey) + "/complete")
                .with(httpBasic(user, "demo")).contentType(MediaType.APPLICATION_JSON).content(input));
    }

    private void complete(String caseId, String user, String taskKey, String input) throws Exception {
        completing(caseId, user, taskKey, input).andExpect(status().is2xxSuccessful());
    }
}
