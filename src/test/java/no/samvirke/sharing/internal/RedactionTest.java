package no.samvirke.sharing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.samvirke.inbox.AllTasks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Searches the full response bodies — API JSON and rendered HTML — of every place that can show
 * a case for the subject's name (and each part of it), national id and birth date.
 *
 * <p>What processes/disclosure.dmn gives for a named concern from the school without consent:
 * the police member (politi) gets ANONYMISED (rule 28, fvl. § 13 a nr. 2) and so does the child
 * welfare member (kjerne, SCHOOL → CHILD_WELFARE without consent or a statutory ground: rule 28
 * too). With acute danger to life or health, the child welfare member gets FULL (rule 19,
 * fvl. § 13 b nr. 7): that case proves that the search would find the identity where it is shown.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RedactionTest {

    private static final String NAME = "Tiril Vossestrand";
    private static final String NATIONAL_ID = "17031050057";
    private static final List<String> IDENTITY = List.of(NAME, "Tiril", "Vossestrand", NATIONAL_ID,
            "2010-03-17", "17.03.2010");
    private static final String ANONYMISED_BASIS = "fvl. § 13 a nr. 2 (anonymisert drøfting i kjernegruppen)";

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired UserDetailsService userDetails;

    private String concernId;
    private String reviewTaskId;
    private String dangerConcernId;

    @BeforeAll
    void registerAndScreen() throws Exception {
        concernId = register(false);
        String screening = task("slt", concernId, "user_screen_concern");
        mvc.perform(post("/api/v1/tasks/" + screening + "/complete").with(httpBasic("slt", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"inScope": true, "discussionMode": "NAMED", "reasons": "Innenfor mandatet."}"""))
                .andExpect(status().is2xxSuccessful());
        // A named case without a basis for police sharing: the review task goes to the municipal members.
        reviewTaskId = task("kjerne", concernId, "user_review_concern");
        dangerConcernId = register(true);
    }

    @Test
    void thePoliceMemberSeesTheCaseEverywhereButNeverTheIdentity() throws Exception {
        mvc.perform(api("/api/v1/tasks/" + reviewTaskId, "politi")).andExpect(status().isNotFound());
        Map<String, String> bodies = everyView("politi", concernId);
        bodies.forEach((where, body) -> assertThat(body).as(where).doesNotContain(IDENTITY));
        // the reporter's description is never shown at ANONYMISED, not even scrubbed (ADR 0021)
        assertThat(bodies.get("api concern")).contains("\"level\":\"ANONYMISED\"", ANONYMISED_BASIS,
                "Det finnes ingen anonymisert beskrivelse ennå").doesNotContain("har delt ekstremt materiale");
        assertThat(bodies.get("case page")).contains("Det finnes ingen anonymisert beskrivelse ennå")
                .doesNotContain("har delt ekstremt materiale");
    }

    @Test
    void theChildWelfareMemberGetsWhatTheDmnGivesForSchoolWithoutConsent() throws Exception {
        Map<String, String> bodies = everyView("kjerne", concernId);
        bodies.forEach((where, body) -> assertThat(body).as(where).doesNotContain(IDENTITY));
        JsonNode view = json.readTree(bodies.get("api concern"));
        assertThat(view.at("/subject/access/level").asText()).isEqualTo("ANONYMISED");
        assertThat(view.at("/subject/access/legalBasis").asText()).isEqualTo(ANONYMISED_BASIS);
        assertThat(view.at("/subject").has("name")).isFalse();
        assertThat(view.at("/description/access/level").asText()).isEqualTo("ANONYMISED");
    }

    @Test
    void withDangerToLifeTheChildWelfareMemberSeesTheIdentityInApiAndPage() throws Exception {
        JsonNode view = json.readTree(body(api("/api/v1/concerns/" + dangerConcernId, "kjerne")));
        assertThat(view.at("/subject/access/level").asText()).isEqualTo("FULL");
        assertThat(view.at("/subject/access/legalBasis").asText()).isEqualTo("fvl. § 13 b nr. 7 (fare for liv eller helse)");
        assertThat(view.at("/subject/name").asText()).isEqualTo(NAME);
        assertThat(view.at("/subject/nationalId").asText()).isEqualTo(NATIONAL_ID);
        assertThat(view.at("/subject/birthDate").asText()).isEqualTo("2010-03-17");
        assertThat(view.at("/description/text").asText()).contains(NAME);
        assertThat(body(page("/saker/" + dangerConcernId, "kjerne"))).contains(NAME, NATIONAL_ID);
    }

    @Test
    void anotherMunicipalityAndAnotherReporterGet404OnEveryCaseView() throws Exception {
        for (String user : List.of("asker-slt", "helse")) {
            for (MockHttpServletRequestBuilder request : List.of(
                    api("/api/v1/concerns/" + concernId, user), api("/api/v1/cases/" + concernId + "/timeline", user),
                    api("/api/v1/tasks/" + reviewTaskId, user), page("/saker/" + concernId, user),
                    page("/innboks/oppgaver/" + reviewTaskId, user))) {
                var response = mvc.perform(request).andExpect(status().isNotFound()).andReturn().getResponse();
                assertThat(response.getContentAsString(StandardCharsets.UTF_8)).doesNotContain(IDENTITY);
            }
        }
    }

    /** Every response that can show the case to a kjernegruppe member, by where it comes from. */
    private Map<String, String> everyView(String user, String caseId) throws Exception {
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("api concern", body(api("/api/v1/concerns/" + caseId, user)));
        bodies.put("api timeline", body(api("/api/v1/cases/" + caseId + "/timeline", user)));
        bodies.put("api tasks, every page", AllTasks.of(mvc, uri -> api(uri, user)).toString());
        bodies.put("case page", body(page("/saker/" + caseId, user)));
        bodies.put("inbox page", body(page("/innboks?size=200", user)));
        if (!"politi".equals(user)) { // politi is not routed the review task of this case (see @BeforeAll)
            bodies.put("api task", body(api("/api/v1/tasks/" + reviewTaskId, user)));
            bodies.put("task page", body(page("/innboks/oppgaver/" + reviewTaskId, user)));
        }
        return bodies;
    }

    private String body(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private MockHttpServletRequestBuilder api(String path, String user) {
        return get(path).with(httpBasic(user, "demo")).accept(MediaType.APPLICATION_JSON);
    }

    private MockHttpServletRequestBuilder page(String path, String user) {
        return get(path).with(user(userDetails.loadUserByUsername(user))).accept(MediaType.TEXT_HTML);
    }

    private String register(boolean acuteDanger) throws Exception {
        String body = """
                {"subject": {"anonymous": false, "name": "%s", "nationalId": "%s", "birthDate": "2010-03-17"},
                 "category": "RADICALISATION",
                 "description": "%s har delt ekstremt materiale i klassen. Tiril er født 17.03.2010 (fnr. %s).",
                 "subjectInformed": false, "consentToShare": false, "acuteDanger": %s}"""
                .formatted(NAME, NATIONAL_ID, NAME, NATIONAL_ID, acuteDanger);
        String response = mvc.perform(post("/api/v1/concerns").with(httpBasic("skole", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(response).get("id").asText();
    }

    private String task(String user, String caseId, String key) throws Exception {
        for (JsonNode task : AllTasks.of(mvc, uri -> api(uri, user))) {
            if (caseId.equals(task.get("caseId").asText()) && key.equals(task.get("taskDefinitionKey").asText())) {
                return task.get("id").asText();
            }
        }
        throw new AssertionError(user + " has no " + key + " for " + caseId);
    }
}
