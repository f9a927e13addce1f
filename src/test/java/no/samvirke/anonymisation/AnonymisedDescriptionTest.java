package no.samvirke.anonymisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Path 5 of issue 11 (ADR 0021): a school concern whose description names the pupil in the
 * genitive, writes the national id with a space, the birth date in words, an e-mail address and a
 * phone number. kjerne and politi see the case ANONYMISED (disclosure.dmn rule 28): over the API
 * and on every page they get neither the reporter's text nor any of those fragments — a bokmål
 * placeholder until a person has written and confirmed a text for anonymised discussion, then that
 * text. A text with a national id cannot be confirmed (400 problem+json, page error, nothing stored).
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnonymisedDescriptionTest {

    private static final String NAME = "Åse Probesen";
    private static final String NATIONAL_ID = "05071250190";
    private static final String RAW = "Probesens familie er bekymret. Åses bror sier at hun deler voldelig propaganda."
            + " Fnr 050712 50190, født 5. juli 2012, e-post aase.p@example.no, telefon 912 34 567.";
    private static final List<String> FRAGMENTS = List.of("Probesen", "Åse", "050712", "50190", "5. juli 2012",
            "aase.p@example.no", "912 34 567", "deler voldelig propaganda");
    private static final String PLACEHOLDER = "Det finnes ingen anonymisert beskrivelse ennå";
    /** With a date: a soft finding, which the coordinator's confirmation covers (it stays in the text shown). */
    private static final String SLT_TEXT = "En elev på ungdomstrinnet har siden 3. mars delt voldelig propaganda med medelever.";
    private static final String REPORTER_TEXT = "En elev på mellomtrinnet har vist klassen ekstremt materiale.";

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired UserDetailsService userDetails;
    @Autowired JdbcTemplate jdbc;

    private String withoutText;
    private String withSltText;
    private String withReporterText;

    @BeforeAll
    void registerAndScreen() throws Exception {
        withoutText = register(null);
        screen(withoutText, null);
        withSltText = register(null);
        screen(withSltText, SLT_TEXT);
        withReporterText = register(REPORTER_TEXT);
        screen(withReporterText, null);
    }

    @Test
    void anonymisedViewersGetThePlaceholderAndNoneOfTheRawTextAnywhere() throws Exception {
        for (String viewer : List.of("kjerne", "politi")) {
            Map<String, String> bodies = everyView(viewer, withoutText);
            bodies.forEach((where, body) -> assertThat(body).as(viewer + " " + where).doesNotContain(FRAGMENTS));
            JsonNode view = json.readTree(bodies.get("api concern"));
            assertThat(view.at("/description/access/level").asText()).as(viewer).isEqualTo("ANONYMISED");
            assertThat(view.at("/description/form").asText()).isEqualTo("NO_ANONYMISED_TEXT_YET");
            assertThat(view.at("/description/placeholder").asText()).isEqualTo(PLACEHOLDER);
            assertThat(view.at("/description").has("text")).isFalse();
            assertThat(bodies.get("case page")).contains(PLACEHOLDER);
        }
    }

    @Test
    void afterTheSltCoordinatorConfirmsATextTheyGetThatText() throws Exception {
        for (String viewer : List.of("kjerne", "politi")) {
            Map<String, String> bodies = everyView(viewer, withSltText);
            bodies.forEach((where, body) -> assertThat(body).as(viewer + " " + where)
                    .doesNotContain(FRAGMENTS.subList(0, FRAGMENTS.size() - 1)).doesNotContain(PLACEHOLDER));
            JsonNode view = json.readTree(bodies.get("api concern"));
            assertThat(view.at("/description/text").asText()).isEqualTo(SLT_TEXT);
            assertThat(view.at("/description/form").asText()).isEqualTo("ANONYMISED_TEXT");
            assertThat(bodies.get("case page")).contains(SLT_TEXT);
        }
        assertThat(jdbc.queryForObject("select confirmed_by from anonymised_description where case_id = ?",
                String.class, java.util.UUID.fromString(withSltText))).isEqualTo("slt");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where case_id = ? and action = 'CHANGE'"
                + " and items = 'anonymisedDescription' and username = 'slt'", Integer.class,
                java.util.UUID.fromString(withSltText))).isEqualTo(1);
    }

    @Test
    void theReportersOwnTextForAnonymisedDiscussionIsWhatTheyGet() throws Exception {
        for (String viewer : List.of("kjerne", "politi")) {
            JsonNode view = json.readTree(body(api("/api/v1/concerns/" + withReporterText, viewer)));
            assertThat(view.at("/description/text").asText()).isEqualTo(REPORTER_TEXT);
            assertThat(view.toString()).doesNotContain(FRAGMENTS);
        }
        assertThat(jdbc.queryForObject("select confirmed_by from anonymised_description where case_id = ?",
                String.class, java.util.UUID.fromString(withReporterText))).isEqualTo("skole");
    }

    /** With danger to life or health the child welfare member sees FULL (rule 19, fvl. § 13 b nr. 7). */
    @Test
    void fullViewersStillSeeTheRawText() throws Exception {
        String danger = json.readTree(mvc.perform(post("/api/v1/concerns").with(httpBasic("skole", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(registration(null, true).replace("\"acuteDanger\":false", "\"acuteDanger\":true")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asText();
        JsonNode view = json.readTree(body(api("/api/v1/concerns/" + danger, "kjerne")));
        assertThat(view.at("/description/access/level").asText()).isEqualTo("FULL");
        assertThat(view.at("/description/form").asText()).isEqualTo("AS_WRITTEN");
        assertThat(view.at("/description/text").asText()).isEqualTo(RAW);
        // beside the raw text, what the others read: no anonymised text yet
        assertThat(body(page("/saker/" + danger, "kjerne"))).contains("Probesens familie", "912 34 567", PLACEHOLDER);
    }

    @Test
    void otherMunicipalitiesAndPstGet404() throws Exception {
        for (String viewer : List.of("asker-slt", "asker-skole", "pst")) {
            String body = mvc.perform(api("/api/v1/concerns/" + withSltText, viewer)).andExpect(status().isNotFound())
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(body).doesNotContain(FRAGMENTS).doesNotContain(SLT_TEXT);
        }
    }

    @Test
    void aTextWithANationalIdCannotBeConfirmedAtScreening() throws Exception {
        String id = register(null);
        String task = task("slt", id, "user_screen_concern");
        mvc.perform(post("/api/v1/tasks/" + task + "/complete").with(httpBasic("slt", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(screening("Eleven har fnr 050712 50190.", true)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(result -> assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                        .contains("anonymisedDescription", "fødselsnummer").doesNotContain("050712"));
        String page = mvc.perform(post("/innboks/oppgaver/" + task + "/fullfor").with(user(userDetails.loadUserByUsername("slt")))
                        .with(csrf()).param("inScope", "true").param("discussionMode", "NAMED")
                        .param("reasons", "Innenfor mandatet.").param("anonymisedDescription", "Ring mor på 912 34 567.")
                        .param("confirmAnonymisedDescription", "true"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Et telefonnummer. Fjern det.");
        assertStoredNothing(id);
        assertThat(task("slt", id, "user_screen_concern")).isEqualTo(task); // the screening is still open
    }

    @Test
    void aTextWithANationalIdCannotBeConfirmedAtRegistration() throws Exception {
        int before = jdbc.queryForObject("select count(*) from concern", Integer.class);
        mvc.perform(post("/api/v1/concerns").with(httpBasic("skole", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content(registration("Eleven har D-nummer 45071250190.", true)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/concerns").with(httpBasic("skole", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content(registration("Eleven i 8. klasse viser ekstremt materiale.", false)))
                .andExpect(status().isBadRequest()); // not confirmed
        String page = mvc.perform(post("/bekymringer/ny").with(user(userDetails.loadUserByUsername("skole"))).with(csrf())
                        .param("name", NAME).param("nationalId", NATIONAL_ID).param("category", "RADICALISATION")
                        .param("description", RAW).param("subjectInformed", "false").param("consentToShare", "false")
                        .param("acuteDanger", "false").param("anonymisedDescription", "Åses mor er bekymret.")
                        .param("confirmAnonymisedDescription", "true"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("<mark", "Åses</mark>", "Personens navn");
        assertThat(jdbc.queryForObject("select count(*) from concern", Integer.class)).isEqualTo(before);
    }

    /**
     * The reporter who left the field empty writes the text later, from their concern's page or the
     * API: until then the page tells them that the others see no description; a phone number is
     * highlighted and refused; after a confirmed text the police and the kjernegruppe get it.
     */
    @Test
    void theReporterWritesTheTextLaterFromTheirConcernPage() throws Exception {
        String id = register(null);
        var skole = user(userDetails.loadUserByUsername("skole"));
        assertThat(body(page("/bekymringer/" + id, "skole")))
                .contains("Det finnes ingen beskrivelse for anonym drøfting ennå", "name=\"anonymisedDescription\"");
        String refused = mvc.perform(post("/bekymringer/" + id + "/anonym-beskrivelse").with(skole).with(csrf())
                        .param("anonymisedDescription", "Ring mor på 912 34 567.")
                        .param("confirmAnonymisedDescription", "true"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("<mark", "912 34 567</mark>", "Et telefonnummer. Fjern det.");
        assertStoredNothing(id);
        mvc.perform(post("/bekymringer/" + id + "/anonym-beskrivelse").with(skole).with(csrf())
                        .param("anonymisedDescription", REPORTER_TEXT).param("confirmAnonymisedDescription", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(body(page("/bekymringer/" + id, "skole"))).contains("er skrevet og bekreftet")
                .doesNotContain("Det finnes ingen beskrivelse for anonym drøfting ennå");
        for (String viewer : List.of("kjerne", "politi")) {
            JsonNode view = json.readTree(body(api("/api/v1/concerns/" + id, viewer)));
            assertThat(view.at("/description/text").asText()).as(viewer).isEqualTo(REPORTER_TEXT);
        }
        String replaced = "En elev har delt ekstremt materiale i klassens chat.";
        mvc.perform(put("/api/v1/concerns/" + id + "/anonymised-description").with(httpBasic("skole", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("anonymisedDescription", replaced,
                                "confirmAnonymisedDescription", true))))
                .andExpect(status().isNoContent());
        assertThat(json.readTree(body(api("/api/v1/concerns/" + id, "politi"))).at("/description/text").asText())
                .isEqualTo(replaced);
        assertThat(audited(id, "skole")).isEqualTo(2);
    }

    /** Only the reporter: the kjernegruppe, the police, PST and the other municipality get 404; nothing stored. */
    @Test
    void nobodyButTheReporterMayWriteItLater() throws Exception {
        String id = register(null);
        String body = json.writeValueAsString(Map.of("anonymisedDescription", "En elev trenger oppfølging.",
                "confirmAnonymisedDescription", true));
        for (String other : List.of("helse", "kjerne", "politi", "pst", "asker-skole", "asker-slt", "nav")) {
            mvc.perform(put("/api/v1/concerns/" + id + "/anonymised-description").with(httpBasic(other, "demo"))
                            .contentType(MediaType.APPLICATION_JSON).content(body))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(post("/bekymringer/" + id + "/anonym-beskrivelse").with(user(userDetails.loadUserByUsername("politi")))
                        .with(csrf()).param("anonymisedDescription", "En elev.").param("confirmAnonymisedDescription", "true"))
                .andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/concerns/" + id + "/anonymised-description").with(httpBasic("skole", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(
                                Map.of("anonymisedDescription", "En elev trenger oppfølging.",
                                        "confirmAnonymisedDescription", false))))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertStoredNothing(id);
    }

    private void assertStoredNothing(String id) {
        assertThat(jdbc.queryForObject("select count(*) from anonymised_description where case_id = ?", Integer.class,
                java.util.UUID.fromString(id))).isZero();
        assertThat(audited(id, null)).isZero();
    }

    /** CHANGE entries of the anonymised text, chained or still pending (ADR 0019). */
    private int audited(String id, String username) {
        String where = " where case_id = ? and action = 'CHANGE' and items = 'anonymisedDescription'"
                + (username == null ? "" : " and username = '" + username + "'");
        java.util.UUID caseId = java.util.UUID.fromString(id);
        return jdbc.queryForObject("select (select count(*) from audit_pending" + where + ") + (select count(*) from audit_entry"
                + where + ")", Integer.class, caseId, caseId);
    }

    /** Every response that can show the case to a kjernegruppe member. */
    private Map<String, String> everyView(String user, String caseId) throws Exception {
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("api concern", body(api("/api/v1/concerns/" + caseId, user)));
        bodies.put("api timeline", body(api("/api/v1/cases/" + caseId + "/timeline", user)));
        bodies.put("api tasks, every page", AllTasks.of(mvc, uri -> api(uri, user)).toString());
        bodies.put("case page", body(page("/saker/" + caseId, user)));
        bodies.put("inbox page", body(page("/innboks?size=200", user)));
        for (JsonNode t : AllTasks.of(mvc, uri -> api(uri, user))) {
            if (caseId.equals(t.get("caseId").asText())) {
                String taskId = t.get("id").asText();
                bodies.put("api task " + taskId, body(api("/api/v1/tasks/" + taskId, user)));
                bodies.put("task page " + taskId, body(page("/innboks/oppgaver/" + taskId, user)));
            }
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

    private String register(String anonymisedText) throws Exception {
        String response = mvc.perform(post("/api/v1/concerns").with(httpBasic("skole", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(registration(anonymisedText, true)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(response).get("id").asText();
    }

    private String registration(String anonymisedText, boolean confirmed) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("subject", Map.of("anonymous", false, "name", NAME, "nationalId", NATIONAL_ID));
        body.put("category", "RADICALISATION");
        body.put("description", RAW);
        body.put("subjectInformed", false);
        body.put("consentToShare", false);
        body.put("acuteDanger", false);
        if (anonymisedText != null) {
            body.put("anonymisedDescription", anonymisedText);
            body.put("confirmAnonymisedDescription", confirmed);
        }
        return json.writeValueAsString(body);
    }

    private void screen(String caseId, String anonymisedText) throws Exception {
        mvc.perform(post("/api/v1/tasks/" + task("slt", caseId, "user_screen_concern") + "/complete")
                        .with(httpBasic("slt", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content(screening(anonymisedText, true)))
                .andExpect(status().is2xxSuccessful());
    }

    private String screening(String anonymisedText, boolean confirmed) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("inScope", true, "discussionMode", "NAMED",
                "reasons", "Innenfor mandatet."));
        if (anonymisedText != null) {
            body.put("anonymisedDescription", anonymisedText);
            body.put("confirmAnonymisedDescription", confirmed);
        }
        return json.writeValueAsString(body);
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
