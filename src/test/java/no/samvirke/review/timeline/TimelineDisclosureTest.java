package no.samvirke.review.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.samvirke.inbox.AllTasks;
import no.samvirke.audit.AuditAction;
import no.samvirke.audit.AuditEntry;
import no.samvirke.audit.AuditQuery;
import no.samvirke.audit.AuditTrail;
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
 * The kjernegruppe's reasons and measures on the timeline go through the sharing decision for
 * the service of the member who wrote them. A named concern from the school without consent:
 * the SLT coordinator screens it and the child welfare member decides, both writing the
 * subject's name and national id into the reasons. The police member reads the timeline (API
 * and case page) and never sees them; with acute danger to life or health the DMN gives the
 * kjernegruppe members FULL and the name is shown as written.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TimelineDisclosureTest {

    private static final String NAME = "Sindre Holtekjølen";
    private static final String NATIONAL_ID = "17031050057";
    private static final List<String> IDENTITY = List.of(NAME, "Sindre", "Holtekjølen", NATIONAL_ID);
    private static final String SCREENING_REASONS = "Sindre Holtekjølen er kjent for skolen.";
    private static final String DECISION_REASONS = "Sindre Holtekjølen (fnr. 17031050057) trenger oppfølging fra skolen.";
    private static final String MEASURES = "Samtaler med Sindre hver uke.";

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired UserDetailsService userDetails;
    @Autowired AuditTrail audit;

    private String namedCase;
    private String dangerCase;

    @BeforeAll
    void twoConcernsScreenedAndDecidedWithTheNameInTheReasons() throws Exception {
        namedCase = registerScreenAndDecide(false);
        dangerCase = registerScreenAndDecide(true);
    }

    @Test
    void thePoliceMemberSeesEveryEntryButNeitherNameNorNationalIdInTheTimelineApi() throws Exception {
        String body = body(api("/api/v1/cases/" + namedCase + "/timeline", "politi"));
        assertThat(body).doesNotContain(IDENTITY);
        JsonNode decision = entry(json.readTree(body), "user_review_concern");
        assertThat(decision.get("outcome").asText()).isEqualTo("FOLLOW_UP");
        assertThat(decision.at("/access/level").asText()).isEqualTo("ANONYMISED");
        assertThat(decision.at("/access/legalBasis").asText())
                .isEqualTo("barnevernsloven § 13-1 (taushetsplikt) – kun anonymisert");
        assertThat(decision.get("reasons").asText()).isEqualTo("[…] (fnr. […]) trenger oppfølging fra skolen.");
        assertThat(decision.get("measures").asText()).isEqualTo("Samtaler med […] hver uke.");
        JsonNode screening = entry(json.readTree(body), "user_screen_concern");
        assertThat(screening.at("/access/level").asText()).isEqualTo("ANONYMISED");
        assertThat(screening.get("reasons").asText()).isEqualTo("[…] er kjent for skolen.");
    }

    @Test
    void thePoliceMembersCasePageShowsTheEntriesWithTheirAccessButNotTheIdentity() throws Exception {
        String html = body(page("/saker/" + namedCase, "politi"));
        assertThat(html).doesNotContain(IDENTITY)
                .contains("trenger oppfølging fra skolen.", "Anonymisert (personopplysninger fjernet)",
                        "barnevernsloven § 13-1 (taushetsplikt) – kun anonymisert");
    }

    @Test
    void theAuthorsOwnTextIsScrubbedWhenTheSubjectIsNotDisclosedToThem() throws Exception {
        JsonNode decision = entry(json.readTree(body(api("/api/v1/cases/" + namedCase + "/timeline", "kjerne"))),
                "user_review_concern");
        assertThat(decision.at("/access/level").asText()).isEqualTo("FULL");
        assertThat(decision.toString()).doesNotContain(IDENTITY);
    }

    @Test
    void withDangerToLifeTheKjernegruppeMemberReadsTheNameAsWritten() throws Exception {
        JsonNode timeline = json.readTree(body(api("/api/v1/cases/" + dangerCase + "/timeline", "kjerne")));
        JsonNode screening = entry(timeline, "user_screen_concern");
        assertThat(screening.get("reasons").asText()).isEqualTo(SCREENING_REASONS);
        assertThat(screening.at("/access/level").asText()).isEqualTo("FULL");
        assertThat(screening.at("/access/legalBasis").asText()).isEqualTo("fvl. § 13 b nr. 7 (fare for liv eller helse)");
        assertThat(entry(timeline, "user_review_concern").get("reasons").asText()).isEqualTo(DECISION_REASONS);
        assertThat(body(page("/saker/" + dangerCase, "kjerne"))).contains(NAME, NATIONAL_ID);
    }

    @Test
    void everyTimelineReadIsOneReadEntryWithTheEntryIdsAndLevels() throws Exception {
        long before = timelineReads("politi");
        body(api("/api/v1/cases/" + namedCase + "/timeline", "politi"));
        List<AuditEntry> reads = entries("politi").stream().filter(TimelineDisclosureTest::isTimelineRead).toList();
        assertThat(reads).hasSize((int) before + 1);
        AuditEntry read = reads.get(0);
        assertThat(read.purpose()).isEqualTo("api:timeline");
        assertThat(read.items()).matches("entry:[0-9a-f-]{36}=ANONYMISED;entry:[0-9a-f-]{36}=ANONYMISED");
        body(page("/saker/" + namedCase, "politi"));
        assertThat(timelineReads("politi")).isEqualTo(before + 2);
        assertThat(entries("politi").get(0).purpose()).isEqualTo("page:case");
    }

    @Test
    void everySavedEntryIsOneChangeEntryWithTheDecisionCodeButNotTheText() {
        List<AuditEntry> changes = audit.entries(new AuditQuery(UUID.fromString(namedCase), null, null, null), 0, 100)
                .entries().stream()
                .filter(e -> e.action() == AuditAction.CHANGE && e.items().startsWith("entry:")).toList();
        assertThat(changes).extracting(AuditEntry::afterValue)
                .containsExactlyInAnyOrder("user_screen_concern=IN_SCOPE", "user_review_concern=FOLLOW_UP");
        assertThat(changes).extracting(AuditEntry::purpose)
                .containsExactlyInAnyOrder("task:user_screen_concern", "task:user_review_concern");
        assertThat(changes).allSatisfy(e -> {
            assertThat(e.legalBasis()).isEqualTo("kjernegruppens saksbehandling");
            assertThat(e.beforeValue()).isNull();
        });
        assertThat(changes.toString()).doesNotContain(IDENTITY).doesNotContain("oppfølging fra skolen");
    }

    @Test
    void theConversionIsAChangeEntryWithItsGroundAndShowsOnTheTimelineWithItsAccess() throws Exception {
        String caseId = register(false);
        complete("slt", caseId, "user_screen_concern", """
                {"inScope": true, "discussionMode": "ANONYMISED", "reasons": "Drøftes anonymt."}""");
        mvc.perform(post("/api/v1/concerns/" + caseId + "/conversion").with(httpBasic("kjerne", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"legalBasis": "OFFENCE_INFORMATION", "justification": "Trusler er straffbare."}"""))
                .andExpect(status().isAccepted());
        mvc.perform(post("/api/v1/concerns/" + caseId + "/conversion/confirm").with(httpBasic("slt", "demo")))
                .andExpect(status().isNoContent());
        AuditEntry change = audit.entries(new AuditQuery(UUID.fromString(caseId), "slt", null, null), 0, 100)
                .entries().stream().filter(e -> e.action() == AuditAction.CHANGE && e.items().startsWith("entry:"))
                .findFirst().orElseThrow();
        assertThat(change.afterValue()).isEqualTo("conversion=OFFENCE_INFORMATION");
        assertThat(change.legalBasis()).isEqualTo("fvl. § 13 b nr. 6 (lovbrudd, allmenn interesse)");
        assertThat(change.purpose()).isEqualTo("task:conversion");
        JsonNode conversion = entry(json.readTree(body(api("/api/v1/cases/" + caseId + "/timeline", "slt"))),
                "conversion");
        assertThat(conversion.at("/access/level").asText()).isEqualTo("FULL");
        assertThat(conversion.get("reasons").asText()).isEqualTo("Trusler er straffbare.");
    }

    @Test
    void outsidersStillGet404() throws Exception {
        for (String outsider : List.of("asker-slt", "skole", "pst")) {
            mvc.perform(api("/api/v1/cases/" + namedCase + "/timeline", outsider)).andExpect(status().isNotFound());
        }
    }

    private long timelineReads(String username) {
        return entries(username).stream().filter(TimelineDisclosureTest::isTimelineRead).count();
    }

    private static boolean isTimelineRead(AuditEntry e) {
        return e.action() == AuditAction.READ && e.items().startsWith("entry:");
    }

    private List<AuditEntry> entries(String username) {
        return audit.entries(new AuditQuery(UUID.fromString(namedCase), username, null, null), 0, 500).entries();
    }

    private static JsonNode entry(JsonNode timeline, String taskKey) {
        for (JsonNode entry : timeline) {
            if (taskKey.equals(entry.get("taskKey").asText())) {
                return entry;
            }
        }
        throw new AssertionError("no " + taskKey + " on the timeline");
    }

    private String registerScreenAndDecide(boolean acuteDanger) throws Exception {
        String caseId = register(acuteDanger);
        complete("slt", caseId, "user_screen_concern", """
                {"inScope": true, "discussionMode": "NAMED", "reasons": "%s"}""".formatted(SCREENING_REASONS));
        complete("kjerne", caseId, "user_review_concern", """
                {"decision": "FOLLOW_UP", "reasons": "%s", "measures": "%s", "measureNumbers": ["1"], "responsibleService": "SCHOOL",
                 "followUpReviewDate": "%s"}""".formatted(DECISION_REASONS, MEASURES, LocalDate.now().plusMonths(3)));
        return caseId;
    }

    private void complete(String user, String caseId, String key, String input) throws Exception {
        mvc.perform(post("/api/v1/tasks/" + task(user, caseId, key) + "/complete").with(httpBasic(user, "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(input)).andExpect(status().is2xxSuccessful());
    }

    private String register(boolean acuteDanger) throws Exception {
        String body = """
                {"subject": {"anonymous": false, "name": "%s", "nationalId": "%s", "birthDate": "2010-03-17"},
                 "category": "RADICALISATION", "description": "Har delt ekstremt materiale i klassen.",
                 "subjectInformed": false, "consentToShare": false, "acuteDanger": %s}"""
                .formatted(NAME, NATIONAL_ID, acuteDanger);
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
}
