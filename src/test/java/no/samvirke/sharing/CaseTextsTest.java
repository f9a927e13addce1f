package no.samvirke.sharing;

import no.samvirke.audit.AuditTrail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import no.samvirke.identity.CurrentUser;
import no.samvirke.identity.ServiceUnit;
import no.samvirke.identity.Users;
import no.samvirke.intake.Category;
import no.samvirke.intake.ConcernStatus;
import no.samvirke.intake.ConcernSummary;
import no.samvirke.intake.Concerns;
import no.samvirke.intake.personal.ConcernRecord;
import no.samvirke.intake.personal.ConcernRecords;
import no.samvirke.platform.CaseId;
import no.samvirke.sharing.CaseConfidentiality;
import no.samvirke.sharing.CaseTexts;
import no.samvirke.sharing.DisclosedText;
import no.samvirke.sharing.DisclosureLevel;
import no.samvirke.sharing.DiscussionMode;
import no.samvirke.sharing.SourcedText;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * Free text in a case, disclosed per author's service by processes/disclosure.dmn: the gate,
 * the levels (FULL as written, ANONYMISED scrubbed, NONE withheld), the case's conditions and
 * the one READ audit entry per call that names ids and levels but never the text.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CaseTextsTest {

    private static final String NAME = "Ola Testesen";
    private static final String NATIONAL_ID = "01020312345";
    private static final String TEXT = "Ola Testesen (01020312345) møtte ikke på skolen.";

    @Autowired CaseTexts caseTexts;
    @Autowired CaseConfidentiality confidentiality;
    @Autowired Users users;
    @Autowired JdbcTemplate jdbc;
    @Autowired AuditTrail auditTrail;
    @MockitoBean Concerns concerns;
    @MockitoBean ConcernRecords records;

    private UUID schoolConcern(boolean dangerToLife) {
        UUID id = UUID.randomUUID();
        ConcernSummary summary = new ConcernSummary(id, "T-2025-0011", "3201", Category.RADICALISATION,
                ConcernStatus.UNDER_ASSESSMENT, ServiceUnit.SCHOOL, "skole", dangerToLife, false, true, false,
                Instant.parse("2025-03-01T10:00:00Z"), Instant.parse("2025-03-01T10:00:00Z"), null);
        when(concerns.summary(id)).thenReturn(Optional.of(summary));
        when(records.find(id)).thenReturn(Optional.of(new ConcernRecord(summary, NAME, LocalDate.of(2003, 2, 1),
                NATIONAL_ID, "Beskrivelse.")));
        return id;
    }

    private CurrentUser user(String username) {
        return users.find(username).orElseThrow();
    }

    private List<DisclosedText> disclose(UUID id, String viewer, SourcedText... texts) {
        return caseTexts.disclose(CaseId.of(id), user(viewer), List.of(texts), "test:texts").orElseThrow();
    }

    private List<String> reads(UUID id) {
        auditTrail.chainPending();
        return jdbc.queryForList("select items from audit_entry where case_id = ? and action = 'READ' order by id",
                String.class, id);
    }

    @Test
    void eachTextGetsTheLevelOfItsAuthorsServiceAndTheReadIsAuditedOnce() {
        UUID id = schoolConcern(false);
        List<DisclosedText> texts = disclose(id, "politi", new SourcedText("entry:1", ServiceUnit.CHILD_WELFARE, TEXT),
                new SourcedText("entry:2", ServiceUnit.PST, TEXT));
        assertThat(texts.get(0).access().level()).isEqualTo(DisclosureLevel.ANONYMISED);
        assertThat(texts.get(0).text()).isEqualTo("[…] ([…]) møtte ikke på skolen.");
        assertThat(texts.get(1).access().level()).isEqualTo(DisclosureLevel.NONE);
        assertThat(texts.get(1).parts()).containsExactly((String) null);
        assertThat(reads(id)).containsExactly("entry:1=ANONYMISED;entry:2=NONE");
        auditTrail.chainPending();
        assertThat(jdbc.queryForList("select legal_basis || purpose from audit_entry where case_id = ?", String.class, id))
                .singleElement().asString().doesNotContain("Ola", NATIONAL_ID).contains("test:texts");
    }

    @Test
    void withDangerToLifeTheKjernegruppeReadsTheTextAsWritten() {
        UUID id = schoolConcern(true);
        DisclosedText text = disclose(id, "kjerne", new SourcedText("entry:1", ServiceUnit.SLT, TEXT, null)).get(0);
        assertThat(text.access().legalBasis()).isEqualTo("fvl. § 13 b nr. 7 (fare for liv eller helse)");
        assertThat(text.parts()).containsExactly(TEXT, null);
    }

    @Test
    void anonymisedDiscussionScrubsEvenTheViewersOwnText() {
        UUID id = schoolConcern(true);
        confidentiality.setDiscussionMode(CaseId.of(id), DiscussionMode.ANONYMISED, user("slt"));
        DisclosedText text = disclose(id, "kjerne", new SourcedText("entry:1", ServiceUnit.CHILD_WELFARE, TEXT)).get(0);
        assertThat(text.access().level()).isEqualTo(DisclosureLevel.ANONYMISED);
        assertThat(text.text()).doesNotContain("Ola", "Testesen", NATIONAL_ID);
    }

    @Test
    void outsidersGetNothingAndOnlyTheirRefusalIsAudited() {
        UUID id = schoolConcern(false);
        for (String outsider : List.of("asker-slt", "skole", "pst", "personvern")) {
            assertThat(caseTexts.disclose(CaseId.of(id), user(outsider), List.of(new SourcedText("entry:1", ServiceUnit.SLT, TEXT)),
                    "test:texts")).isEmpty();
        }
        assertThat(reads(id)).isEmpty();
        assertThat(jdbc.queryForList("select username from audit_pending where case_id = ? and action = 'REFUSED'"
                + " union all select username from audit_entry where case_id = ? and action = 'REFUSED'",
                String.class, id, id)).containsExactlyInAnyOrder("asker-slt", "skole", "pst", "personvern");
    }

    @Test
    void aLongTimelineIsAuditedWithEveryTextAndItsLevel() {
        UUID id = schoolConcern(false);
        SourcedText[] many = IntStream.range(0, 12).mapToObj(i -> new SourcedText("entry:" + UUID.randomUUID(),
                i % 3 == 0 ? ServiceUnit.POLICE_PREVENTION : ServiceUnit.SCHOOL, "Notat " + i)).toArray(SourcedText[]::new);
        disclose(id, "politi", many);
        List<String> reads = reads(id);
        assertThat(reads).hasSize(1);
        assertThat(reads.get(0).split(";")).hasSize(12);
        for (int i = 0; i < 12; i++) {
            assertThat(reads.get(0)).contains(many[i].id() + "=" + (i % 3 == 0 ? "FULL" : "ANONYMISED"));
        }
    }
}
