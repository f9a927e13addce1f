package no.samvirke.clarification.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The police's task pages for the talk: the fields, the errors next to them in bokmål, and English. */
@SpringBootTest
@AutoConfigureMockMvc
class ClarificationTaskPagesTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Oslo"));

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired UserDetailsService userDetails;

    @Test
    void thePoliceWorkTheTalkFromTheirTaskPages() throws Exception {
        String caseId = referredToTalk();
        String invite = taskFor(caseId, "user_invite");
        assertThat(page(invite, Locale.forLanguageTag("nb"))).contains("name=\"minor\"", "name=\"invitee\"",
                "name=\"proposedDate\"", "Samtalen er frivillig", "Avklaringssamtaler i saken", "Side Testperson");
        assertThat(page(invite, Locale.ENGLISH)).contains("Invitation", "Who is invited?");

        String refused = mvc.perform(post("/innboks/oppgaver/" + invite + "/fullfor").with(csrf())
                        .with(user(userDetails.loadUserByUsername("politi"))).accept(MediaType.TEXT_HTML)
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("minor", "true").param("invitee", "PERSON").param("proposedDate", TODAY.plusDays(2).toString()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("id=\"invitee-error\"", "inviteres foreldre og barn sammen")
                .contains("value=\"" + TODAY.plusDays(2) + "\"");

        mvc.perform(post("/innboks/oppgaver/" + invite + "/fullfor").with(csrf())
                        .with(user(userDetails.loadUserByUsername("politi"))).accept(MediaType.TEXT_HTML)
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("minor", "true").param("invitee", "GUARDIANS_AND_CHILD")
                        .param("proposedDate", TODAY.plusDays(2).toString()))
                .andExpect(status().is3xxRedirection());
        String answer = taskFor(caseId, "user_record_answer");
        assertThat(page(answer, Locale.forLanguageTag("nb"))).contains("name=\"answer\"", "name=\"recommendation\"",
                "Foresatte og barnet sammen");
        mvc.perform(post("/api/v1/tasks/" + answer + "/complete").with(httpBasic("politi", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"answer\": \"ACCEPTED\"}")).andExpect(status().isNoContent());

        String record = taskFor(caseId, "user_record_talk");
        assertThat(page(record, Locale.forLanguageTag("nb"))).contains("name=\"participants\"", "name=\"topics\"",
                "name=\"guardiansPresent\"", "name=\"assessment\"", "name=\"nextSteps\"", "name=\"notes\"",
                "Kommunen ser aldri notatene");
    }

    private String page(String taskId, Locale locale) throws Exception {
        return mvc.perform(get("/innboks/oppgaver/" + taskId).with(user(userDetails.loadUserByUsername("politi")))
                        .locale(locale).header("Accept-Language", locale.toLanguageTag()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private String referredToTalk() throws Exception {
        String caseId = json.readTree(mvc.perform(post("/api/v1/concerns").with(httpBasic("skole", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"subject": {"anonymous": false, "name": "Side Testperson", "nationalId": "15070950089"},
                                 "category": "RADICALISATION", "description": "Bekymring for en elev.",
                                 "subjectInformed": false, "consentToShare": false, "acuteDanger": false}"""))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asText();
        complete(caseId, "slt", "user_screen_concern", """
                {"inScope": true, "discussionMode": "NAMED", "reasons": "Innenfor mandatet."}""");
        consentCoveringThePolice(caseId);
        complete(caseId, "kjerne", "user_review_concern", """
                {"decision": "CLARIFICATION_TALK", "reasons": "Avklaringssamtale."}""");
        return caseId;
    }

    /** The guardians' consent lets the police know who the case is about (a talk needs that). */
    private void consentCoveringThePolice(String caseId) throws Exception {
        mvc.perform(post("/api/v1/concerns/" + caseId + "/consents").with(httpBasic("kjerne", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"givenBy": "GUARDIANS", "givenByName": "Foresatt Testesen", "recipients": ["POLICE"],
                         "validFrom": "%s", "form": "WRITTEN"}""".formatted(java.time.LocalDate.now(
                        java.time.ZoneId.of("Europe/Oslo"))))).andExpect(status().isCreated());
    }

    private void complete(String caseId, String user, String key, String body) throws Exception {
        mvc.perform(post("/api/v1/tasks/" + taskFor(caseId, key, user) + "/complete").with(httpBasic(user, "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().is2xxSuccessful());
    }

    private String taskFor(String caseId, String key) throws Exception {
        return taskFor(caseId, key, "politi");
    }

    private String taskFor(String caseId, String key, String user) throws Exception {
        String tasks = mvc.perform(get("/api/v1/tasks").with(httpBasic(user, "demo"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        for (JsonNode task : json.readTree(tasks)) {
            if (caseId.equals(task.get("caseId").asText()) && key.equals(task.get("taskDefinitionKey").asText())) {
                return task.get("id").asText();
            }
        }
        throw new AssertionError(user + " has no " + key);
    }
}
