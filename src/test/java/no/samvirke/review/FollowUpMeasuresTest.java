package no.samvirke.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import no.samvirke.inbox.AllTasks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The kjernegruppe's follow-up decision chooses measures from the municipality's plan; the
 * measure's page then counts the case for the year, shown as "&lt;5" while fewer than five.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FollowUpMeasuresTest {

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    @Test
    void aFollowUpWithMeasure22IsCountedOnTheMeasurePageAsFewerThanFive() throws Exception {
        String caseId = screenedCase();
        complete(caseId, followUp("[\"22\"]")).andExpect(status().is2xxSuccessful());
        assertThat(jdbc.queryForList("select measure_number from case_measure where case_id = ?", Integer.class,
                java.util.UUID.fromString(caseId))).containsExactly(22);
        int year = LocalDate.now(clock.withZone(ZoneId.of("Europe/Oslo"))).getYear();
        String page = mvc.perform(get("/tiltak/baerum-2015/22").with(user(users.loadUserByUsername("helse"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("<th scope=\"row\">" + year + "</th><td>&lt;5</td>")
                .contains("<th scope=\"row\">2017</th><td>0</td>");
        JsonNode measures = json.readTree(mvc.perform(get("/api/v1/plans/baerum-2015/measures")
                .with(httpBasic("helse", "demo"))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        JsonNode m22 = measures.get(21);
        assertThat(m22.get("number").asInt()).isEqualTo(22);
        assertThat(m22.get("title").asText()).isEqualTo("Avklaringssamtale");
        assertThat(m22.get("casesPerYear").toString()).contains("{\"year\":" + year + ",\"cases\":\"<5\"}");
    }

    @Test
    void aFollowUpWithoutMeasuresOrWithAnUnknownOneIsRefusedOnTheMeasureField() throws Exception {
        String caseId = screenedCase();
        for (String numbers : new String[] {"[]", "[\"999\"]"}) {
            String problem = complete(caseId, followUp(numbers)).andExpect(status().isBadRequest())
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            JsonNode errors = json.readTree(problem).get("errors");
            assertThat(errors).hasSize(1);
            assertThat(errors.get(0).get("field").asText()).isEqualTo("measureNumbers");
            assertThat(errors.get(0).get("message").asText()).startsWith("Velg");
        }
        assertThat(jdbc.queryForObject("select count(*) from case_measure where case_id = ?", Integer.class,
                java.util.UUID.fromString(caseId))).isZero();
    }

    @Test
    void theDecisionFormOffersThePlansMeasuresAsLabelledCheckboxes() throws Exception {
        String caseId = screenedCase();
        String form = mvc.perform(get("/innboks/oppgaver/" + task("kjerne", caseId, "user_review_concern"))
                        .with(user(users.loadUserByUsername("kjerne"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(form).contains("<legend>Tiltak fra handlingsplanen</legend>")
                .containsPattern("<label class=\"choice\" for=\"measureNumbers-22\">\\s*<input type=\"checkbox\""
                        + " name=\"measureNumbers\" id=\"measureNumbers-22\" value=\"22\">\\s*"
                        + "<span>22 Avklaringssamtale</span></label>")
                .contains("<label for=\"measures\">Beskrivelse av tiltakene (valgfritt)</label>");
    }

    @Test
    void aRefusedPageFormKeepsTheChosenMeasuresTicked() throws Exception {
        String caseId = screenedCase();
        String page = mvc.perform(post("/innboks/oppgaver/" + task("kjerne", caseId, "user_review_concern") + "/fullfor")
                        .with(user(users.loadUserByUsername("kjerne")))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .param("decision", "FOLLOW_UP").param("reasons", "Skolen følger opp.")
                        .param("measureNumbers", "1", "22").param("responsibleService", "SCHOOL"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).containsPattern("id=\"measureNumbers-22\" value=\"22\" checked")
                .containsPattern("id=\"measureNumbers-1\" value=\"1\" checked")
                .doesNotContainPattern("id=\"measureNumbers-12\" value=\"12\" checked")
                .contains("id=\"followUpReviewDate-error\"");
    }

    private static String followUp(String numbers) {
        return """
                {"decision": "FOLLOW_UP", "reasons": "Skolen følger opp.", "measureNumbers": %s,
                 "responsibleService": "SCHOOL", "followUpReviewDate": "%s"}"""
                .formatted(numbers, LocalDate.now().plusMonths(3));
    }

    private String screenedCase() throws Exception {
        String response = mvc.perform(post("/api/v1/concerns").with(httpBasic("skole", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"subject": {"anonymous": false, "name": "Test Testesen", "nationalId": "17031050057",
                                  "birthDate": "2010-03-17"}, "category": "RADICALISATION",
                                 "description": "Har delt ekstremt materiale i klassen.",
                                 "subjectInformed": false, "consentToShare": false, "acuteDanger": false}"""))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String caseId = json.readTree(response).get("id").asText();
        mvc.perform(post("/api/v1/tasks/" + task("slt", caseId, "user_screen_concern") + "/complete")
                .with(httpBasic("slt", "demo")).contentType(MediaType.APPLICATION_JSON).content("""
                        {"inScope": true, "discussionMode": "NAMED", "reasons": "Drøftes med navn."}"""))
                .andExpect(status().is2xxSuccessful());
        return caseId;
    }

    private ResultActions complete(String caseId, String input) throws Exception {
        return mvc.perform(post("/api/v1/tasks/" + task("kjerne", caseId, "user_review_concern") + "/complete")
                .with(httpBasic("kjerne", "demo")).contentType(MediaType.APPLICATION_JSON).content(input));
    }

    private String task(String user, String caseId, String key) throws Exception {
        for (JsonNode task : AllTasks.of(mvc, uri -> get(uri).with(httpBasic(user, "demo"))
                .accept(MediaType.APPLICATION_JSON))) {
            if (caseId.equals(task.get("caseId").asText()) && key.equals(task.get("taskDefinitionKey").asText())) {
                return task.get("id").asText();
            }
        }
        throw new AssertionError(user + " has no " + key + " for " + caseId);
    }
}
