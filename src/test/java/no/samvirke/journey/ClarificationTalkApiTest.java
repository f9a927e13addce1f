package no.samvirke.journey;

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
import java.time.ZoneId;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 6 "done": kjerne refers a case to a clarification talk (once the police may know who it is about), politi invites and records the talk,
 * and the kjernegruppe sees the police's assessment (as sharing discloses police text to it) while
 * the notes stay police-only — over the real API, on H2 or PostgreSQL, with nothing personal in the engine.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ClarificationTalkApiTest {

    private static final String NAME = "Kari Avklaring-Testesen";
    private static final String NATIONAL_ID = "15070950089";
    private static final String NOTES = "HEMMELIG: politiets notater om nettverket";

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired HistoryService history;
    @Autowired UserDetailsService userDetails;

    @Test
    void kjerneRefersPolitiRecordsAndTheKjernegruppeSeesTheAssessmentButNeverTheNotes() throws Exception {
        String caseId = register();
        complete(taskFor(caseId, "slt", "user_screen_concern"), "slt", """
                {"inScope": true, "discussionMode": "NAMED", "reasons": "Innenfor mandatet."}""");
        String review = taskFor(caseId, "kjerne", "user_review_concern");
        String referral = """
                {"decision": "CLARIFICATION_TALK", "reasons": "Politiet tar en avklaringssamtale."}""";
        mvc.perform(post("/api/v1/tasks/" + review + "/complete").with(httpBasic("kjerne", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(referral))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("decision"));
        consentCoveringThePolice(caseId);
        complete(review, "kjerne", referral);

        LocalDate today = LocalDate.now(ZoneId.of("Europe/Oslo"));
        complete(taskFor(caseId, "politi", "user_invite"), "politi", """
                {"minor": true, "invitee": "GUARDIANS_AND_CHILD", "proposedDate": "%s"}""".formatted(today.plusDays(7)));
        complete(taskFor(caseId, "politi", "user_record_answer"), "politi", """
                {"answer": "ACCEPTED"}""");
        complete(taskFor(caseId, "politi", "user_record_talk"), "politi", """
                {"result": "HELD", "heldOn": "%s", "place": "Sandvika politistasjon",
                 "participants": ["SUBJECT", "GUARDIAN", "POLICE_PREVENTION"], "guardiansPresent": true,
                 "topics": ["ONLINE_ACTIVITY", "HELP_AND_SUPPORT"], "assessment": "CONCERN_WEAKENED",
                 "reasons": "%s tok avstand fra materialet og har et godt nettverk.",
                 "nextSteps": "Skolen følger opp med samtaler hver måned.", "newTalkPlanned": false,
                 "notes": "%s"}""".formatted(today, NAME, NOTES));

        // back to the kjernegruppe's review, with the talk on the timeline
        taskFor(caseId, "kjerne", "user_review_concern");
        JsonNode kjerneTalk = read("/api/v1/clarification-talks?caseId=" + caseId, "kjerne").get("talks").get(0);
        assertThat(kjerneTalk.get("status").asText()).isEqualTo("HELD");
        assertThat(kjerneTalk.get("assessment").asText()).isEqualTo("CONCERN_WEAKENED");
        assertThat(kjerneTalk.get("nextSteps").asText()).isEqualTo("Skolen følger opp med samtaler hver måned.");
        assertThat(kjerneTalk.get("reasons").asText()).contains("tok avstand").doesNotContain("Avklaring-Testesen");
        assertThat(kjerneTalk.get("details").isNull()).isTrue();
        assertThat(kjerneTalk.toString()).doesNotContain("HEMMELIG", "Sandvika");

        String timeline = mvc.perform(get("/api/v1/cases/" + caseId + "/timeline").with(httpBasic("kjerne", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(timeline).contains("clarification_talk", "CONCERN_WEAKENED", "Skolen følger opp")
                .doesNotContain("HEMMELIG", "Sandvika");
        assertThat(read("/api/v1/concerns/" + caseId + "/information", "kjerne").toString()).doesNotContain("HEMMELIG");

        JsonNode policeTalk = read("/api/v1/clarification-talks/" + kjerneTalk.get("id").asText(), "politi");
        assertThat(policeTalk.get("details").get("notes").asText()).isEqualTo(NOTES);
        assertThat(policeTalk.get("details").get("place").asText()).isEqualTo("Sandvika politistasjon");
        assertThat(policeTalk.get("details").get("guardiansPresent").asBoolean()).isTrue();

        mvc.perform(get("/api/v1/clarification-talks?caseId=" + caseId).with(httpBasic("skole", "demo")))
                .andExpect(status().isNotFound());
        assertThat(page("/saker/" + caseId + "/avklaringssamtaler", "kjerne")).contains("Bekymringen er svekket")
                .doesNotContain("HEMMELIG", "Sandvika", "Avklaring-Testesen");
        assertThat(page("/saker/" + caseId + "/avklaringssamtaler", "politi")).contains("HEMMELIG", "Sandvika");
        for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery().list()) {
            assertThat(String.valueOf(variable.getValue()))
                    .doesNotContain("Avklaring-Testesen", NATIONAL_ID, "HEMMELIG", "Sandvika", "tok avstand");
        }
    }

    private String page(String path, String user) throws Exception {
        return mvc.perform(get(path).with(user(userDetails.loadUserByUsername(user)))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private String register() throws Exception {
        String body = """
                {"subject": {"anonymous": false, "name": "%s", "nationalId": "%s"},
                 "category": "RADICALISATION", "description": "Eleven har delt ekstremt materiale i klassen.",
                 "subjectInformed": false, "consentToShare": false, "acuteDanger": false}""".formatted(NAME, NATIONAL_ID);
        String response = mvc.perform(post("/api/v1/concerns").with(httpBasic("skole", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(response).get("id").asText();
    }

    /** The guardians' consent lets the police know who the case is about (a talk needs that). */
    private void consentCoveringThePolice(String caseId) throws Exception {
        mvc.perform(post("/api/v1/concerns/" + caseId + "/consents").with(httpBasic("kjerne", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"givenBy": "GUARDIANS", "givenByName": "Foresatt Testesen", "recipients": ["POLICE"],
                         "validFrom": "%s", "form": "WRITTEN"}""".formatted(java.time.LocalDate.now(
                        java.time.ZoneId.of("Europe/Oslo"))))).andExpect(status().isCreated());
    }

    private JsonNode read(String path, String user) throws Exception {
        return json.readTree(mvc.perform(get(path).with(httpBasic(user, "demo"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    private String taskFor(String caseId, String user, String taskKey) throws Exception {
        for (JsonNode task : read("/api/v1/tasks", user)) {
            if (caseId.equals(task.get("caseId").asText()) && taskKey.equals(task.get("taskDefinitionKey").asText())) {
                return task.get("id").asText();
            }
        }
        throw new AssertionError(user + " has no " + taskKey + " for case " + caseId);
    }

    private void complete(String taskId, String user, String input) throws Exception {
        mvc.perform(post("/api/v1/tasks/" + taskId + "/complete").with(httpBasic(user, "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(input))
                .andExpect(status().is2xxSuccessful());
    }
}
