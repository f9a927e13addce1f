package no.samvirke.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.Set;
import java.util.UUID;
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
import no.samvirke.sharing.consent.ConsentForm;
import no.samvirke.sharing.consent.ConsentGiver;
import no.samvirke.sharing.consent.Consents;
import no.samvirke.sharing.consent.NewConsent;
import no.samvirke.sharing.consent.RecipientCategory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import no.samvirke.audit.AuditQuery;
import no.samvirke.audit.AuditTrail;
import no.samvirke.audit.ChainVerification;
import no.samvirke.audit.AuditDba;

@SpringBootTest
@AutoConfigureMockMvc
class CaseViewsIntegrationTest {

    private static final String NAME = "Ola Testesen";
    private static final String NATIONAL_ID = "01020312345";
    private static final LocalDate BIRTH = LocalDate.of(2003, 2, 1);

    @Autowired CaseViews caseViews;
    @Autowired AuditTrail auditTrail;
    @Autowired Users users;
    @Autowired UserDetailsService userDetails;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transaction;
    @Autowired MockMvc mvc;
    @Autowired Consents consents;
    @MockitoBean Concerns concerns;
    @MockitoBean ConcernRecords records;

    private UUID schoolConcern(boolean consent) {
        UUID id = UUID.randomUUID();
        ConcernSummary summary = new ConcernSummary(id, "T-2025-0001", "3201", Category.RADICALISATION,
                ConcernStatus.UNDER_ASSESSMENT, ServiceUnit.SCHOOL, "skole", false, false, true, consent,
                Instant.parse("2025-03-01T10:00:00Z"), Instant.parse("2025-03-01T10:00:00Z"), null);
        when(concerns.summary(id)).thenReturn(Optional.of(summary));
        when(records.find(id)).thenReturn(Optional.of(new ConcernRecord(summary, NAME, BIRTH, NATIONAL_ID,
                NAME + " (født 01.02.2003, " + NATIONAL_ID + ") deler voldelig propaganda i klassen.")));
        return id;
    }

    private CurrentUser viewer(String username) {
        return users.find(username).orElseThrow();
    }

    private long auditEntries() {
        auditTrail.chainPending();
        return jdbc.queryForObject("select count(*) from audit_entry", Long.class);
    }

    private static void assertNoIdentity(String text) {
        assertThat(text).doesNotContain("Ola", "Testesen", NATIONAL_ID, "2003-02-01", "01.02.2003", "010203");
    }

    @Test
    void policeSeeANamedSchoolConcernWithoutConsentOnlyAnonymised() throws Exception {
        UUID id = schoolConcern(false);

        CaseView view = caseViews.view(CaseId.of(id), viewer("politi"), "test:anonymised").orElseThrow();

        assertThat(view.subjectAccess().level()).isEqualTo(DisclosureLevel.ANONYMISED);
        assertThat(view.subjectAccess().legalBasis()).contains("fvl. § 13 a nr. 2");
        assertThat(view.subjectName()).isNull();
        // never the reporter's text at ANONYMISED, not even scrubbed (ADR 0021): none is confirmed yet
        assertThat(view.description()).isNull();
        assertThat(view.descriptionForm()).isEqualTo(no.samvirke.sharing.DescriptionForm.NO_ANONYMISED_TEXT_YET);
        assertNoIdentity(view.toString());
        String auditJson = mvc.perform(get("/api/v1/audit").param("caseId", id.toString())
                        .with(httpBasic("personvern-politi", "demo")))   // the police's reads: their officer's
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entries[0].items").value("subject=ANONYMISED;description=ANONYMISED"))
                .andExpect(jsonPath("$.entries[0].username").value("politi"))
                .andReturn().getResponse().getContentAsString();
        assertNoIdentity(auditJson);
    }

    @Test
    void policeSeeTheSubjectWhenARecordedConsentCoversThem() {
        UUID id = schoolConcern(true);
        assertThat(caseViews.view(CaseId.of(id), viewer("politi"), "test:consent").orElseThrow().subjectVisible())
                .as("the reporter's unverified answer at registration is no consent").isFalse();
        consents.record(id, new NewConsent(ConsentGiver.PERSON, "Ola Testesen", Set.of(RecipientCategory.POLICE),
                LocalDate.now(java.time.ZoneId.of("Europe/Oslo")), null, ConsentForm.WRITTEN, null, "Arkiv 2026/9-1"),
                viewer("slt"), "test:consent");

        CaseView view = caseViews.view(CaseId.of(id), viewer("politi"), "test:consent").orElseThrow();

        assertThat(view.subjectAccess()).isEqualTo(new Access(DisclosureLevel.FULL, "fvl. § 13 a nr. 1 (samtykke)"));
        assertThat(view.subjectName()).isEqualTo(NAME);
        assertThat(view.subjectNationalId()).isEqualTo(NATIONAL_ID);
        assertThat(view.subjectBirthDate()).isEqualTo(BIRTH);
        assertThat(view.description()).startsWith(NAME);
    }

    @Test
    void anotherMunicipalitysCoordinatorGetsNothingAndNothingIsRead() {
        UUID id = schoolConcern(true);
        long before = auditEntries();

        assertThat(caseViews.view(CaseId.of(id), viewer("asker-slt"), "test:gate")).isEmpty();
        assertThat(caseViews.view(CaseId.of(id), viewer("skole"), "test:gate")).isEmpty();

        verifyNoInteractions(records);
        // nothing was read: the two refusals are recorded, as REFUSED entries (issue 11, path 10)
        assertThat(auditEntries()).isEqualTo(before + 2);
        auditTrail.chainPending();
        assertThat(jdbc.queryForList("select action from audit_entry where case_id = ?", String.class, id))
                .doesNotContain("READ").filteredOn("REFUSED"::equals).hasSize(2);
    }

    @Test
    void aViewInsideACallersTransactionStaysRecordedWhenThatTransactionRollsBack() {
        UUID id = schoolConcern(false);
        long before = auditEntries();

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            assertThat(caseViews.view(CaseId.of(id), viewer("kjerne"), "test:rollback")).isPresent();
            throw new IllegalStateException("the caller fails after reading");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(auditEntries()).isEqualTo(before + 1);
    }

    @Test
    void everyViewAppendsOneEntryAndTheChainStaysIntact() {
        UUID id = schoolConcern(false);
        long before = auditEntries();

        caseViews.view(CaseId.of(id), viewer("kjerne"), "test:chain");
        caseViews.view(CaseId.of(id), viewer("slt"), "test:chain");

        assertThat(auditEntries()).isEqualTo(before + 2);
        ChainVerification verification = auditTrail.verify();
        assertThat(verification.intact()).isTrue();
        assertThat(verification.entriesChecked()).isEqualTo(before + 2);
        assertThat(verification.firstBrokenEntryId()).isNull();
    }

    @Test
    void concurrentViewsQueueUpAndNeverForkTheChain() throws Exception {
        UUID id = schoolConcern(false);
        long before = auditEntries();
        CurrentUser politi = viewer("politi");
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Optional<CaseView>>> views = IntStream.range(0, 30)
                    .mapToObj(i -> (Callable<Optional<CaseView>>) () -> caseViews.view(CaseId.of(id), politi, "test:concurrent"))
                    .toList();
            for (Future<Optional<CaseView>> view : pool.invokeAll(views)) {
                assertThat(view.get()).isPresent();
            }
        } finally {
            pool.shutdown();
        }

        assertThat(auditEntries()).isEqualTo(before + 30);
        auditTrail.chainPending();
        assertThat(jdbc.queryForObject("select count(distinct prev_hash) from audit_entry", Long.class))
                .isEqualTo(before + 30);
        assertThat(auditTrail.verify().intact()).isTrue();
    }

    @Test
    void tamperingWithAnEntryIsReportedAtThatEntry() {
        UUID id = schoolConcern(false);
        caseViews.view(CaseId.of(id), viewer("politi"), "test:tamper");
        long tampered = auditTrail.entries(new AuditQuery(id, null, null, null), 0, 1).entries().get(0).id();
        caseViews.view(CaseId.of(id), viewer("politi"), "test:tamper");
        auditTrail.chainPending();
        String original = jdbc.queryForObject("select items from audit_entry where id = ?", String.class, tampered);
        AuditDba.withoutTriggers(jdbc, () -> {   // the database refuses the update otherwise (V21)
            try {
                jdbc.update("update audit_entry set items = ? where id = ?", "subject=NONE;description=NONE",
                        tampered);

                ChainVerification verification = auditTrail.verify();

                assertThat(verification.intact()).isFalse();
                assertThat(verification.firstBrokenEntryId()).isEqualTo(tampered);
            } finally {
                jdbc.update("update audit_entry set items = ? where id = ?", original, tampered);
            }
        });
        assertThat(auditTrail.verify().intact()).isTrue();
    }

    @Test
    void onlyThePrivacyOfficerMayUseTheAuditApi() throws Exception {
        mvc.perform(get("/api/v1/audit/verify").with(httpBasic("kjerne", "demo")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/audit").with(httpBasic("kjerne", "demo")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/audit/verify").with(httpBasic("personvern", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intact").value(true))
                .andExpect(jsonPath("$.entriesChecked").isNumber());
    }

    @Test
    void badFilterInputIsAFieldErrorInTheApi() throws Exception {
        mvc.perform(get("/api/v1/audit").param("caseId", "not-an-id").param("from", "31.12.2025")
                        .with(httpBasic("personvern", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(2))
                .andExpect(jsonPath("$.errors[0].field").value("caseId"));
    }

    @Test
    void theAuditPageShowsTheCheckAndIsClosedToOthers() throws Exception {
        // the cases here are not in the concern table (mocked): personvern's own export is in their scope
        mvc.perform(get("/api/v1/audit/export").with(httpBasic("personvern", "demo"))).andExpect(status().isOk());
        mvc.perform(get("/personvern/revisjonslogg").with(user(userDetails.loadUserByUsername("personvern"))))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("role=\"status\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("<caption")));
        mvc.perform(get("/personvern/revisjonslogg").param("from", "i går")
                        .with(user(userDetails.loadUserByUsername("personvern"))).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Skriv datoen som åååå-mm-dd.")))
                .andExpect(content().string(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("<html"))));
        mvc.perform(get("/personvern/revisjonslogg").with(user(userDetails.loadUserByUsername("kjerne"))))
                .andExpect(status().isForbidden());
    }
}
