package no.samvirke.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import no.samvirke.inbox.AllTasks;
import no.samvirke.security.AuthorizationMatrixTest.Row;
import no.samvirke.audit.AuditTrail;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Bad input at volume: every POST endpoint of the JSON API that reads a body (the rows of
 * {@link AuthorizationMatrixTest#MATRIX} where an allowed user's empty object is 400) gets a
 * deterministic corpus of hostile requests — malformed JSON, wrong root and field types, huge
 * fields and bodies, control characters, SQL and script payloads in typed fields, deep nesting,
 * wrong content types. Every answer must be 400, 413 or 415 as problem+json, never 500 and never
 * a stack trace, and no table may have grown afterwards. A fixed seed makes a failure
 * reproducible (ADR 0014: why a hand-written corpus rather than jqwik).
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiFuzzTest {

    private static final long SEED = 20261127L;
    private static final Set<Integer> REFUSED = Set.of(400, 413, 415);
    private static final String SQL = "'; drop table concern; --";
    private static final String SCRIPT = "<script>alert(document.cookie)</script>";

    /** A valid registration and a valid screening: each field is then spoiled one at a time. */
    private static final String REGISTRATION = """
            {"subject": {"anonymous": false, "name": "Fuzz Testperson", "nationalId": "24081150091"},
             "category": "RADICALISATION", "description": "Observasjon i friminuttet.",
             "subjectInformed": false, "consentToShare": false, "acuteDanger": false}""";

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;
    @Autowired AuditTrail auditTrail;

    private String concernId;
    private String taskId;
    private Map<String, Long> rowsBefore;

    @BeforeAll
    void aScreenedConcernThenCountEveryTable() throws Exception {
        concernId = json.readTree(send("skole", "/api/v1/concerns", REGISTRATION, MediaType.APPLICATION_JSON_VALUE)
                .getContentAsString()).get("id").asText();
        String screening = task("slt", "user_screen_concern");
        assertThat(send("slt", "/api/v1/tasks/" + screening + "/complete",
                "{\"inScope\": true, \"discussionMode\": \"NAMED\", \"reasons\": \"Innenfor mandatet.\"}",
                MediaType.APPLICATION_JSON_VALUE).getStatus()).isEqualTo(204);
        taskId = task("kjerne", "user_review_concern");
        rowsBefore = rowCounts();
    }

    @TestFactory
    Stream<DynamicTest> everyHostileRequestIsRefusedAsProblemJsonAndStoresNothing() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Row row : AuthorizationMatrixTest.MATRIX) {
            String user = allowedUser(row);
            if (!row.method().equals("POST") || !row.path().startsWith("/api/") || user == null) {
                continue;
            }
            // administration rows name nothing (as in the matrix): a hostile body must be refused before that matters
            String path = row.path().replace("{concernId}", concernId).replace("{taskId}", taskId)
                    .replace("{code}", "9999").replace("{username}", "ingen-slik-bruker")
                    .replace("{id}", "00000000-0000-0000-0000-000000000000");
            for (Case c : corpus(row.path())) {
                tests.add(DynamicTest.dynamicTest(row.path() + " as " + user + ": " + c.name(), () -> {
                    MockHttpServletResponse response = send(user, path, c.body(), c.contentType());
                    assertThat(response.getStatus()).as("%s %s", path, c.name()).isIn(REFUSED);
                    assertThat(response.getContentType()).as("%s %s", path, c.name())
                            .startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                    assertThat(response.getContentAsString()).doesNotContain("Exception").doesNotContain("\tat ")
                            .contains("\"title\"");
                }));
            }
        }
        tests.add(DynamicTest.dynamicTest("nothing was stored", () ->
                assertThat(rowCounts()).as("rows per table after the fuzzing").isEqualTo(rowsBefore)));
        return tests.stream();
    }

    record Case(String name, String body, String contentType) {
        static Case json(String name, String body) {
            return new Case(name, body, MediaType.APPLICATION_JSON_VALUE);
        }
    }

    private List<Case> corpus(String path) {
        List<Case> cases = new ArrayList<>();
        for (String malformed : List.of("", "{", "}", "[", "{\"a\":", "nul", "{'single': 'quotes'}", "{\"a\":1,}",
                "{\"a\" 1}", "\u0000", "{\"subject\": {\"anonymous\": tru}}", "\"unterminated")) {
            cases.add(Case.json("malformed " + printable(malformed), malformed));
        }
        for (String root : List.of("[]", "[{}]", "123", "\"text\"", "null", "true", "-0.5e308")) {
            cases.add(Case.json("root " + root, root));
        }
        cases.add(Case.json("nesting 5000 deep", "[".repeat(5000) + "]".repeat(5000)));
        cases.add(Case.json("number with 5000 digits", "{\"n\": " + "9".repeat(5000) + "}"));
        cases.add(Case.json("body over the limit", "{\"description\": \"" + "a".repeat(300_000) + "\"}"));
        cases.add(Case.json("control character in a key", "{\"a\u0000b\": \"x\"}"));
        cases.add(Case.json("random bytes", randomBytes(new Random(SEED + path.hashCode()))));
        cases.add(new Case("text/plain", "{}", MediaType.TEXT_PLAIN_VALUE));
        cases.add(new Case("application/xml", "<concern><category>HATE_CRIME</category></concern>",
                MediaType.APPLICATION_XML_VALUE));
        cases.add(new Case("form", "category=HATE_CRIME", MediaType.APPLICATION_FORM_URLENCODED_VALUE));
        if (path.equals("/api/v1/concerns")) {
            cases.addAll(spoiled(REGISTRATION));
        }
        if (path.endsWith("/complete")) {
            cases.addAll(spoiled("{\"decision\": \"CLOSE\", \"reasons\": \"Ingen grunn til videre tiltak.\"}"));
        }
        return cases;
    }

    /** A valid body with one field at a time made hostile; a text field stays text. */
    private List<Case> spoiled(String validBody) {
        List<Case> cases = new ArrayList<>();
        try {
            Map<String, Object> valid = json.readValue(validBody, LinkedHashMap.class);
            for (String field : valid.keySet()) {
                Object value = valid.get(field);
                List<Object> hostile = new ArrayList<>(List.of(List.of(1, 2), Map.of("x", 1)));
                if (value instanceof String text && (field.equals("description") || field.equals("reasons"))) {
                    hostile.addAll(List.of(text + "\u0000", "a\u0007b\u001b[31m", "x".repeat(10_001)));
                } else if (!(value instanceof Map)) {
                    hostile.addAll(List.of(SQL, SCRIPT, "1 OR 1=1", "\u0000", 12345));
                } else {
                    hostile.addAll(List.of(SQL, SCRIPT, Map.of("anonymous", SQL), Map.of("anonymous", false,
                            "name", "A\u0000B", "nationalId", "' OR '1'='1")));
                }
                for (Object bad : hostile) {
                    Map<String, Object> body = new LinkedHashMap<>(valid);
                    body.put(field, bad);
                    cases.add(Case.json(field + " = " + printable(String.valueOf(bad)), json.writeValueAsString(body)));
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return cases;
    }

    private static String allowedUser(Row row) {
        return AuthorizationMatrixTest.USERS.stream().filter(u -> row.expectedFor(u) == 400).findFirst().orElse(null);
    }

    private MockHttpServletResponse send(String user, String path, String body, String contentType) throws Exception {
        return mvc.perform(post(path).with(httpBasic(user, "demo")).contentType(contentType)
                .accept(MediaType.APPLICATION_JSON).content(body.getBytes(StandardCharsets.UTF_8))).andReturn().getResponse();
    }

    private Map<String, Long> rowCounts() {
        auditTrail.chainPending();   // entries written before are chained now, not between the two counts
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : jdbc.queryForList("select table_name from information_schema.tables "
                + "where lower(table_schema) = 'public' and table_type in ('TABLE', 'BASE TABLE') "
                + "and lower(table_name) not like 'flyway%' order by table_name", String.class)) {
            counts.put(table.toLowerCase(), jdbc.queryForObject("select count(*) from " + table, Long.class));
        }
        return counts;
    }

    private String task(String user, String key) throws Exception {
        for (JsonNode task : AllTasks.of(mvc, uri -> get(uri).with(httpBasic(user, "demo")))) {
            if (concernId.equals(task.get("caseId").asText()) && key.equals(task.get("taskDefinitionKey").asText())) {
                return task.get("id").asText();
            }
        }
        throw new AssertionError(user + " has no " + key + " for " + concernId);
    }

    private static String randomBytes(Random random) {
        byte[] bytes = new byte[64];
        random.nextBytes(bytes);
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    private static String printable(String s) {
        String shown = s.length() > 24 ? s.substring(0, 24) + "…(" + s.length() + ")" : s;
        return shown.chars().mapToObj(c -> c < 0x20 ? String.format("\\u%04x", c) : String.valueOf((char) c))
                .reduce("", String::concat);
    }
}
