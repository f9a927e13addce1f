package no.samvirke.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.samvirke.audit.AuditAction;
import no.samvirke.audit.AuditDba;
import no.samvirke.audit.AuditEntry;
import no.samvirke.audit.AuditQuery;
import no.samvirke.audit.AuditTrail;
import no.samvirke.audit.ChainVerification;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import no.samvirke.audit.AuditRecord;
import no.samvirke.audit.AuditAppender;

/**
 * Issue 11, paths 10 and 11: the database refuses to change or delete audit entries; an edited row,
 * a deleted tail and a chain recomputed without the key (as a DBA with the triggers off would) are
 * each found by the verifier; the export streams every entry (page size lowered to 3 here, so that
 * many pages are needed); a refused case read is recorded.
 */
@SpringBootTest(properties = "samvirke.audit.export-page-size=3")
@AutoConfigureMockMvc
@DirtiesContext
class AuditIntegrityTest {

    @Autowired AuditAppender appender;
    @Autowired AuditTrail trail;
    @Autowired JdbcTemplate jdbc;
    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;

    private UUID someEntries(int n) {
        UUID caseId = UUID.randomUUID();
        for (int i = 0; i < n; i++) {
            appender.append(AuditRecord.read("kjerne", "MUNICIPALITY", caseId, "subject=FULL;n=" + i, "test",
                    "test:integrity"));
        }
        trail.chainPending();
        return caseId;
    }

    private long lastId() {
        return jdbc.queryForObject("select max(id) from audit_entry", Long.class);
    }

    @Test
    void theDatabaseRefusesUpdateAndDeleteOfAuditEntries() {
        someEntries(2);
        long id = lastId();
        assertThatThrownBy(() -> jdbc.update("update audit_entry set items = 'x' where id = ?", id))
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.update("delete from audit_entry where id = ?", id))
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.update("update audit_chain_head set last_entry_id = last_entry_id - 1"))
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.update("delete from audit_chain_head"))
                .isInstanceOf(DataAccessException.class);
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void anEditedRowIsFound() {
        someEntries(3);
        long id = lastId() - 1;
        String original = jdbc.queryForObject("select items from audit_entry where id = ?", String.class, id);
        AuditDba.withoutTriggers(jdbc, () -> {
            try {
                jdbc.update("update audit_entry set items = 'subject=NONE' where id = ?", id);
                ChainVerification v = trail.verify();
                assertThat(v.intact()).isFalse();
                assertThat(v.firstBrokenEntryId()).isEqualTo(id);
            } finally {
                jdbc.update("update audit_entry set items = ? where id = ?", original, id);
            }
        });
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void aDeletedTailIsFoundEvenWithTheHeadMovedBack() {
        someEntries(3);
        long last = lastId();
        List<Map<String, Object>> tail = jdbc.queryForList("select * from audit_entry where id > ? order by id",
                last - 2);
        Map<String, Object> head = jdbc.queryForMap("select * from audit_chain_head");
        AuditDba.withoutTriggers(jdbc, () -> {
            try {
                jdbc.update("delete from audit_entry where id > ?", last - 2);
                assertThat(trail.verify().intact()).isFalse();   // the head still points at the deleted entry
                String hash = jdbc.queryForObject("select hash from audit_entry where id = ?", String.class, last - 2);
                jdbc.update("update audit_chain_head set last_entry_id = ?, last_hash = ?", last - 2, hash);
                ChainVerification v = trail.verify();
                assertThat(v.intact()).isFalse();                // the head's MAC needs the key
                assertThat(v.firstBrokenEntryId()).isEqualTo(last - 1);
            } finally {
                restore(tail, head);
            }
        });
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void aChainRecomputedWithoutTheKeyIsFound() throws Exception {
        someEntries(3);
        long id = lastId() - 2;
        List<Map<String, Object>> tail = jdbc.queryForList("select * from audit_entry where id >= ? order by id", id);
        Map<String, Object> head = jdbc.queryForMap("select * from audit_chain_head");
        List<AuditEntry> entries = new java.util.ArrayList<>(trail.entries(AuditQuery.all(), 0, 3).entries());
        java.util.Collections.reverse(entries);
        AuditDba.withoutTriggers(jdbc, () -> {
            try {
                // A DBA rewrites the oldest of the three and re-chains from there with plain SHA-256
                // (or any key of their own): every link is consistent, but none is keyed with ours.
                String prev = entries.get(0).prevHash();
                for (AuditEntry e : entries) {
                    String items = e.id() == id ? "subject=NONE" : e.items();
                    AuditEntry forged = new AuditEntry(e.id(), e.occurredAt(), e.username(), e.agency(), e.caseId(),
                            e.action(), items, e.legalBasis(), e.purpose(), e.remoteAddress(), e.beforeValue(),
                            e.afterValue(), prev, null);
                    String hash = sha256(AuditHash.canonical(forged));
                    jdbc.update("update audit_entry set items = ?, prev_hash = ?, hash = ? where id = ?", items, prev,
                            hash, e.id());
                    prev = hash;
                }
                jdbc.update("update audit_chain_head set last_hash = ?", prev);
                ChainVerification v = trail.verify();
                assertThat(v.intact()).isFalse();
                assertThat(v.firstBrokenEntryId()).isEqualTo(id);
            } finally {
                restore(tail, head);
            }
        });
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void theExportStreamsEveryEntryPastThePageSize() throws Exception {
        UUID caseId = UUID.fromString(register("skole"));   // a Bærum case: in personvern's scope
        for (int i = 0; i < 10; i++) {
            appender.append(AuditRecord.read("kjerne", "MUNICIPALITY", caseId, "subject=FULL;n=" + i, "test",
                    "test:integrity"));
        }
        String csv = mvc.perform(get("/api/v1/audit/export").param("caseId", caseId.toString())
                        .with(httpBasic("personvern", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String[] lines = csv.split("\r\n");
        assertThat(lines).hasSize(12);   // header, the registration, ten reads: page size 3, four pages
        for (int i = 0; i < 10; i++) {
            assertThat(lines[i + 2]).contains("\"subject=FULL;n=" + i + "\"");
        }
        AuditEntry export = trail.entries(new AuditQuery(caseId, "personvern", null, null), 0, 1).entries().get(0);
        assertThat(export.action()).isEqualTo(AuditAction.EXPORT);
        assertThat(export.items()).isEqualTo("entries=11");
    }

    @Test
    void aRefusedCaseReadIsRecorded() throws Exception {
        String body = """
                {"subject": {"anonymous": false, "name": "Sindre Kvalbein", "nationalId": "24081150091"},
                 "category": "HATE_CRIME", "description": "Bekymring.", "subjectInformed": false,
                 "consentToShare": false, "acuteDanger": false}""";
        String id = json.readTree(mvc.perform(post("/api/v1/concerns").with(httpBasic("skole", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asText();
        mvc.perform(get("/api/v1/concerns/" + id).with(httpBasic("asker-slt", "demo")))
                .andExpect(status().isNotFound());
        trail.chainPending();
        List<AuditEntry> refused = trail.entries(new AuditQuery(UUID.fromString(id), "asker-slt", null, null), 0, 10)
                .entries();
        assertThat(refused).hasSize(1);
        assertThat(refused.get(0).action()).isEqualTo(AuditAction.REFUSED);
        assertThat(refused.get(0).purpose()).isNotBlank();
        assertThat(refused.get(0).toString()).doesNotContain("Sindre", "24081150091");
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void eachPrivacyOfficerSeesTheirOwnMunicipalityOrAgencyOnly() throws Exception {
        String baerum = register("skole");
        String asker = register("asker-skole");
        mvc.perform(get("/api/v1/concerns/" + baerum).with(httpBasic("politi", "demo"))).andExpect(status().isOk());

        assertThat(usernames("personvern", baerum)).containsExactly("skole");         // not politi's read
        assertThat(usernames("personvern", asker)).isEmpty();                         // not Asker's entries
        assertThat(usernames("personvern-politi", baerum)).containsExactly("politi");
        assertThat(usernames("personvern-pst", baerum)).isEmpty();
        String csv = mvc.perform(get("/api/v1/audit/export").param("caseId", asker)
                        .with(httpBasic("personvern", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.split("\r\n")).hasSize(1);                                   // the header only
        assertThat(json.readTree(mvc.perform(get("/api/v1/audit/disclosures").param("caseId", baerum)
                .with(httpBasic("personvern-pst", "demo"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString())).isEmpty();
    }

    private List<String> usernames(String officer, String caseId) throws Exception {
        var page = json.readTree(mvc.perform(get("/api/v1/audit").param("caseId", caseId)
                        .with(httpBasic(officer, "demo"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        return page.get("entries").findValuesAsText("username");
    }

    private String register(String reporter) throws Exception {
        String body = """
                {"subject": {"anonymous": false, "name": "Sindre Kvalbein", "nationalId": "24081150091"},
                 "category": "HATE_CRIME", "description": "Bekymring.", "subjectInformed": false,
                 "consentToShare": false, "acuteDanger": false}""";
        return json.readTree(mvc.perform(post("/api/v1/concerns").with(httpBasic(reporter, "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asText();
    }

    private void restore(List<Map<String, Object>> rows, Map<String, Object> head) {
        long from = ((Number) rows.get(0).get("ID")).longValue();
        jdbc.update("delete from audit_entry where id >= ?", from);
        for (Map<String, Object> r : rows) {
            jdbc.update("insert into audit_entry (id, occurred_at, username, agency, case_id, action, items,"
                    + " legal_basis, purpose, remote_address, before_value, after_value, prev_hash, hash)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", r.get("ID"), r.get("OCCURRED_AT"),
                    r.get("USERNAME"), r.get("AGENCY"), r.get("CASE_ID"), r.get("ACTION"), r.get("ITEMS"),
                    r.get("LEGAL_BASIS"), r.get("PURPOSE"), r.get("REMOTE_ADDRESS"), r.get("BEFORE_VALUE"),
                    r.get("AFTER_VALUE"), r.get("PREV_HASH"), r.get("HASH"));
        }
        jdbc.update("update audit_chain_head set last_entry_id = ?, last_hash = ?, mac = ?", head.get("LAST_ENTRY_ID"),
                head.get("LAST_HASH"), head.get("MAC"));
    }

    private static String sha256(String text) throws RuntimeException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
