package no.samvirke.clarification;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.ZoneId;
import no.samvirke.inbox.AllTasks;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The demo users working a concern towards a clarification talk over the real API (tests only). */
public final class TalkApiClient {

    public static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Oslo"));
    /** A valid test national id (fixtures only). */
    public static final String NATIONAL_ID = "15070950089";

    private final MockMvc mvc;
    private final ObjectMapper json;

    public TalkApiClient(MockMvc mvc, ObjectMapper json) {
        this.mvc = mvc;
        this.json = json;
    }

    /** skole registers a named concern (no consent); its concern handling starts. */
    public String register(String name) throws Exception {
        String response = mvc.perform(post("/api/v1/concerns").with(httpBasic("skole", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"subject": {"anonymous": false, "name": "%s", "nationalId": "%s"},
                                 "category": "RADICALISATION", "description": "Eleven har delt ekstremt materiale i klassen.",
                                 "subjectInformed": false, "consentToShare": false, "acuteDanger": false}"""
                                .formatted(name, NATIONAL_ID)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(response).get("id").asText();
    }

    /** slt screens the case in, by name. */
    public void screenedIn(String caseId) throws Exception {
        complete(caseId, "slt", "user_screen_concern", """
                {"inScope": true, "discussionMode": "NAMED", "reasons": "Innenfor mandatet."}""");
    }

    /**
     * The SLT coordinator records the consent of the person (17) and the guardians covering the police
     * only (so the police may know who it is); a recipient cannot record it for itself.
     */
    public void consentCoveringThePolice(String caseId) throws Exception {
        mvc.perform(post("/api/v1/concerns/" + caseId + "/consents").with(httpBasic("slt", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"givenBy": "PERSON_AND_GUARDIANS", "givenByName": "Foresatt Testesen", "recipients": ["POLICE"],
                         "validFrom": "%s", "form": "WRITTEN", "documentReference": "Arkiv 2026/77-1"}"""
                        .formatted(TODAY))).andExpect(status().isCreated());
    }

    /** A registered, screened case that kjerne has referred to a clarification talk (with the consent it needs). */
    public String referredToTalk(String name) throws Exception {
        String caseId = register(name);
        screenedIn(caseId);
        consentCoveringThePolice(caseId);
        complete(caseId, "kjerne", "user_review_concern", """
                {"decision": "CLARIFICATION_TALK", "reasons": "Politiet tar en avklaringssamtale."}""");
        return caseId;
    }

    public JsonNode read(String path, String user) throws Exception {
        return json.readTree(mvc.perform(get(path).with(httpBasic(user, "demo"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    /** Every open task the user sees, all pages of the task API. */
    public JsonNode allTasks(String user) throws Exception {
        return AllTasks.of(mvc, uri -> get(uri).with(httpBasic(user, "demo")));
    }

    /** The id of the user's open task of that kind for the case. */
    public String taskFor(String caseId, String user, String taskKey) throws Exception {
        JsonNode tasks = allTasks(user);
        for (JsonNode task : tasks) {
            if (caseId.equals(task.get("caseId").asText()) && taskKey.equals(task.get("taskDefinitionKey").asText())) {
                return task.get("id").asText();
            }
        }
        throw new AssertionError(user + " has no " + taskKey + " for case " + caseId + " in " + tasks);
    }

    public ResultActions completing(String taskId, String user, String input) throws Exception {
        return mvc.perform(post("/api/v1/tasks/" + taskId + "/complete").with(httpBasic(user, "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(input));
    }

    public ResultActions completing(String caseId, String user, String taskKey, String input) throws Exception {
        return completing(taskFor(caseId, user, taskKey), user, input);
    }

    public void complete(String caseId, String user, String taskKey, String input) throws Exception {
        completing(caseId, user, taskKey, input).andExpect(status().is2xxSuccessful());
    }
}
