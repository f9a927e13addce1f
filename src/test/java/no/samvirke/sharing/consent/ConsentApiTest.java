package no.samvirke.sharing.consent;

import static no.samvirke.sharing.consent.ConsentTestSupport.GIVER;
import static no.samvirke.sharing.consent.ConsentTestSupport.assertNoIdentity;
import static no.samvirke.sharing.consent.ConsentTestSupport.consent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.samvirke.platform.WorkingDays;
import no.samvirke.audit.AuditAction;
import no.samvirke.audit.AuditEntry;
import no.samvirke.audit.AuditQuery;
import no.samvirke.audit.AuditTrail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class ConsentApiTest {

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;
    @Autowired AuditTrail auditTrail;
    @Autowired Clock clock;

    private ConsentTestSupport support;
    private UUID caseId;
    private String today;

    @BeforeEach
    void namedSchoolConcern() throws Exception {
        support = new ConsentTestSupport(mvc, json);
        caseId = support.registerNamedConcernAsSkole();
        today = LocalDate.now(clock.withZone(WorkingDays.OSLO)).toString();
    }

    private long storedConsents() {
        return jdbc.queryForObject("select count(*) from consent where concern_id = ?", Long.class, caseId);
    }

    private List<AuditEntry> changes() {
        return auditTrail.entries(new AuditQuery(caseId, null, null, null), 0, 50).entries().stream()
                .filter(e -> e.action() == AuditAction.CHANGE && e.purpose().contains("consent")).toList();
    }

    @Test
    void recordingAnswers201WithTheConsentAndAppendsAChangeWithoutTheGiversName() throws Exception {
        String response = support.postConsent(caseId, "slt", consent("\"POLICE\", \"SCHOOL\"", today, null))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith(
                        "/api/v1/concerns/" + caseId + "/consents/")))
                .andExpect(jsonPath("$.status").value("ACTIVE"))
                .andExpect(jsonPath("$.recordedBy").value("slt"))
                .andReturn().getResponse().getContentAsString();
        assertThat(response).doesNotContain(GIVER);

        List<AuditEntry> changes = changes();
        assertThat(changes).hasSize(1);
        assertThat(changes.get(0).username()).isEqualTo("slt");
        assertThat(changes.get(0).beforeValue()).isNull();
        assertThat(changes.get(0).afterValue())
                .isEqualTo("recipients=POLICE,SCHOOL;validFrom=" + today + ";validTo=;form=WRITTEN"
                        + ";givenBy=PERSON_AND_GUARDIANS;documented=true;withdrawn=false");
        assertNoIdentity(changes.toString());
        assertThat(auditTrail.verify().intact()).isTrue();
    }

    @Test
    void oralConsentWithoutWitnessIs400OnWitnessAndNothingIsStored() throws Exception {
        support.postConsent(caseId, "slt", """
                        {"givenBy": "PERSON", "givenByName": "Ola", "recipients": ["POLICE"],
                         "validFrom": "%s", "form": "ORAL", "witness": "  "}""".formatted(today))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].field").value("witness"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Et muntlig samtykke må ha et vitne. Skriv brukernavn eller navn."));
        assertThat(storedConsents()).isZero();
        assertThat(changes()).isEmpty();
    }

    @Test
    void anEndBeforeTheStartIs400OnValidToInEnglishWhenAskedFor() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/api/v1/concerns/" + caseId + "/consents").with(httpBasic("slt", "demo"))
                        .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                        .content(consent("\"POLICE\"", "2026-05-10", "2026-05-09")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("validTo"))
                .andExpect(jsonPath("$.errors[0].message").value("The end date cannot be before the start date."));
        assertThat(storedConsents()).isZero();
    }

    @Test
    void everyMissingFieldIsNamed() throws Exception {
        support.postConsent(caseId, "slt", "{}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("givenBy")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("givenByName")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("recipients")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("validFrom")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("form")));
        support.postConsent(caseId, "slt", consent("\"FBI\"", today, null))
                .andExpect(status().isBadRequest());
        assertThat(storedConsents()).isZero();
    }

    @Test
    void anotherMunicipalitysUsersAndThePrivacyOfficerGet404AndTheReporterCannotReadOrWithdraw() throws Exception {
        UUID consent = support.recordConsent(caseId, "slt", consent("\"POLICE\"", today, null));

        mvc.perform(get("/api/v1/concerns/" + caseId + "/consents").with(httpBasic("skole", "demo")))
                .andExpect(status().isNotFound());
        support.withdraw(caseId, consent, "skole", "Prøver.").andExpect(status().isNotFound());
        for (String outsider : List.of("asker-slt", "asker-skole", "personvern")) {
            support.postConsent(caseId, outsider, consent("\"POLICE\"", today, null)).andExpect(status().isNotFound());
            mvc.perform(get("/api/v1/concerns/" + caseId + "/consents").with(httpBasic(outsider, "demo")))
                    .andExpect(status().isNotFound());
            support.withdraw(caseId, consent, outsider, "Prøver.").andExpect(status().isNotFound());
        }
        support.withdraw(UUID.randomUUID(), consent, "kjerne", "Feil sak.").andExpect(status().isNotFound());

        assertThat(storedConsents()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from consent where concern_id = ? and withdrawn_at is null",
                Long.class, caseId)).isEqualTo(1);
    }

    @Test
    void theListShowsTheGiverOnlyToThoseWhoSeeTheSubject() throws Exception {
        support.recordConsent(caseId, "slt", consent("\"KJERNEGRUPPE\"", today, null));

        String politi = mvc.perform(get("/api/v1/concerns/" + caseId + "/consents").with(httpBasic("politi", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.identified").value(false))
                .andExpect(jsonPath("$.consents[0].status").value("ACTIVE"))
                .andReturn().getResponse().getContentAsString();
        assertNoIdentity(politi);
        mvc.perform(get("/api/v1/concerns/" + caseId + "/consents").with(httpBasic("kjerne", "demo")))
                .andExpect(jsonPath("$.identified").value(true))
                .andExpect(jsonPath("$.consents[0].givenByName").value(GIVER));
    }

    @Test
    void withdrawalKeepsTheRecordAndASecondWithdrawalIs409() throws Exception {
        UUID consent = support.recordConsent(caseId, "slt", consent("\"POLICE\"", today, null));

        support.withdraw(caseId, consent, "slt", "Trukket i møte.")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("WITHDRAWN"))
                .andExpect(jsonPath("$.withdrawnBy").value("slt"));
        support.withdraw(caseId, consent, "kjerne", "Trukket igjen.")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Samtykket er allerede trukket tilbake."));
        support.withdraw(caseId, consent, "kjerne", " ").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));

        assertThat(storedConsents()).isEqualTo(1);
        List<AuditEntry> changes = changes();
        assertThat(changes).hasSize(2);
        assertThat(changes.get(0).username()).isEqualTo("slt");
        assertThat(changes.get(0).beforeValue()).endsWith("withdrawn=false");
        assertThat(changes.get(0).afterValue()).endsWith("withdrawn=true");
        assertThat(changes.toString()).doesNotContain("Trukket i møte");
    }

    @Test
    void twoConcurrentWithdrawalsGiveOneSuccessAndOne409() throws Exception {
        UUID consent = support.recordConsent(caseId, "slt", consent("\"POLICE\"", today, null));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> withdraw = () -> {
                start.await();
                return support.withdraw(caseId, consent, "kjerne", "Samtidig.").andReturn().getResponse().getStatus();
            };
            List<Future<Integer>> results = List.of(pool.submit(withdraw), pool.submit(withdraw));
            start.countDown();
            List<Integer> statuses = List.of(results.get(0).get(), results.get(1).get());
            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        } finally {
            pool.shutdown();
        }
        assertThat(changes()).hasSize(2);
        assertThat(auditTrail.verify().intact()).isTrue();
    }
}
