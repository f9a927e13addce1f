package no.samvirke.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import no.samvirke.inbox.AllTasks;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The whole intake-to-decision path over the real API, on whichever database the suite runs on
 * (H2 by default, PostgreSQL in CI): skole registers, slt screens, kjerne closes, skole sees it
 * closed — and nothing personal reached the process engine.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ConcernToDecisionApiTest {

    private static final String NAME = "Ola Nordmann-Testesen";
    private static final String NATIONAL_ID = "15070950089";

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    HistoryService history;

    @Test
    void concernGoesFromRegistrationToClosedWithoutPersonalDataInTheEngine() throws Exception {
        String id = register();
        assertThat(statusOf(id, "skole")).isEqualTo("RECEIVED");

        String screening = taskFor(id, "slt", "user_screen_concern");
        complete(screening, "slt", """
                {"inScope": true, "discussionMode": "NAMED", "reasons": "Innenfor mandatet."}""");
        assertThat(statusOf(id, "skole")).isEqualTo("UNDER_ASSESSMENT");

        String review = taskFor(id, "kjerne", "user_review_concern");
        complete(review, "kjerne", """
                {"decision": "CLOSE", "reasons": "Ingen grunn til videre oppfølging."}""");
        assertThat(statusOf(id, "skole")).isEqualTo("CLOSED");

        for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery().list()) {
            assertThat(String.valueOf(variable.getValue())).doesNotContain("Nordmann", NATIONAL_ID, "2009-07-15");
        }
    }

    private String register() throws Exception {
        String body = """
                {"subject": {"anonymous": false, "name": "%s", "nationalId": "%s"},
                 "category": "RADICALISATION", "description": "Eleven har delt ekstremt materiale i klassen 3. november.",
                 "subjectInformed": false, "consentToShare": false, "acuteDanger": false}""".formatted(NAME, NATIONAL_ID);
        String response = mvc.perform(post("/api/v1/concerns").with(httpBasic("skole", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return json.readTree(response).get("id").asText();
    }

    private String statusOf(String id, String user) throws Exception {
        String response = mvc.perform(get("/api/v1/concerns/" + id).with(httpBasic(user, "demo")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(response).doesNotContain("Nordmann", NATIONAL_ID, "reasons");
        return json.readTree(response).get("status").asText();
    }

    private String taskFor(String caseId, String user, String taskKey) throws Exception {
        JsonNode tasks = AllTasks.of(mvc, uri -> get(uri).with(httpBasic(user, "demo")));
        for (JsonNode task : tasks) {
            if (caseId.equals(task.get("caseId").asText()) && taskKey.equals(task.get("taskDefinitionKey").asText())) {
                return task.get("id").asText();
            }
        }
        throw new AssertionError(user + " has no " + taskKey + " for case " + caseId + " in " + tasks);
    }

    private void complete(String taskId, String user, String input) throws Exception {
        mvc.perform(post("/api/v1/tasks/" + taskId + "/complete").with(httpBasic(user, "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(input))
                .andExpect(status().is2xxSuccessful());
        mvc.perform(post("/api/v1/tasks/" + taskId + "/complete").with(httpBasic(user, "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(input))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.status").value(409));
    }
}
