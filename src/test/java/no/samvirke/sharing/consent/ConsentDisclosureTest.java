package no.samvirke.sharing.consent;

import static no.samvirke.sharing.consent.ConsentTestSupport.NAME;
import static no.samvirke.sharing.consent.ConsentTestSupport.NATIONAL_ID;
import static no.samvirke.sharing.consent.ConsentTestSupport.assertNoIdentity;
import static no.samvirke.sharing.consent.ConsentTestSupport.consent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import no.samvirke.identity.Users;
import no.samvirke.platform.CaseId;
import no.samvirke.platform.WorkingDays;
import no.samvirke.sharing.CaseView;
import no.samvirke.sharing.CaseViews;
import no.samvirke.sharing.DisclosureLevel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Consent records decide {@code consentInScope}: recipients, period and withdrawal, on every view. */
@SpringBootTest
@AutoConfigureMockMvc
class ConsentDisclosureTest {

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired CaseViews caseViews;
    @Autowired Users users;
    @Autowired UserDetailsService userDetails;
    @Autowired Clock clock;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    private ConsentTestSupport support;
    private UUID caseId;
    private LocalDate today;

    @BeforeEach
    void namedSchoolConcern() throws Exception {
        support = new ConsentTestSupport(mvc, json);
        caseId = support.registerNamedConcernAsSkole();
        today = LocalDate.now(clock.withZone(WorkingDays.OSLO));
    }

    /** A consent recorded a month ago: it can no longer be recorded back-dated, so its dates are moved. */
    private void startedEarlier(UUID consent, LocalDate from, LocalDate to) {
        jdbc.update("update consent set valid_from = ?, valid_to = ? where id = ?", from, to, consent);
    }

    private CaseView view(String username) {
        return caseViews.view(CaseId.of(caseId), users.find(username).orElseThrow(), "test:consent").orElseThrow();
    }

    private String casePage(String username) throws Exception {
        return mvc.perform(get("/saker/" + caseId).with(user(userDetails.loadUserByUsername(username))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void theRegistrationAnswerAloneDoesNotIdentifyTheSubjectToThePolice() throws Exception {
        CaseView view = view("politi");

        assertThat(view.subjectAccess().level()).isEqualTo(DisclosureLevel.ANONYMISED);
        assertNoIdentity(view.toString());
        assertNoIdentity(casePage("politi"));
    }

    @Test
    void consentToThePoliceShowsPolitiTheIdentityOnTheCasePage() throws Exception {
        support.recordConsent(caseId, "slt", consent("\"POLICE\"", today.toString(), null));

        CaseView view = view("politi");

        assertThat(view.subjectAccess().level()).isEqualTo(DisclosureLevel.FULL);
        assertThat(view.subjectAccess().legalBasis()).contains("samtykke");
        assertThat(view.subjectName()).isEqualTo(NAME);
        assertThat(casePage("politi")).contains(NAME, NATIONAL_ID);
    }

    @Test
    void consentToTheSchoolOnlyDoesNotHelpThePolice() throws Exception {
        support.recordConsent(caseId, "slt", consent("\"SCHOOL\", \"CHILD_WELFARE\"", today.toString(), null));

        assertThat(view("politi").subjectAccess().level()).isEqualTo(DisclosureLevel.ANONYMISED);
        assertNoIdentity(casePage("politi"));
    }

    @Test
    void withdrawalAnonymisesTheVeryNextView() throws Exception {
        UUID consent = support.recordConsent(caseId, "slt", consent("\"POLICE\"", today.toString(), null));
        assertThat(view("politi").subjectVisible()).isTrue();

        support.withdraw(caseId, consent, "kjerne", "Foresatte trakk samtykket på telefon.")
                .andExpect(status().isOk());

        assertThat(view("politi").subjectAccess().level()).isEqualTo(DisclosureLevel.ANONYMISED);
        assertNoIdentity(casePage("politi"));
    }

    @Test
    void anExpiredOrNotYetValidConsentDoesNotCount() throws Exception {
        UUID expired = support.recordConsent(caseId, "slt", consent("\"POLICE\"", today.toString(), null));
        startedEarlier(expired, today.minusDays(30), today.minusDays(1));
        support.recordConsent(caseId, "slt", consent("\"POLICE\"", today.plusDays(1).toString(), null));

        assertThat(view("politi").subjectAccess().level()).isEqualTo(DisclosureLevel.ANONYMISED);
    }

    @Test
    void aConsentEndingTodayStillCounts() throws Exception {
        UUID endingToday = support.recordConsent(caseId, "slt", consent("\"POLICE\"", today.toString(), null));
        startedEarlier(endingToday, today.minusDays(30), today);

        assertThat(view("politi").subjectVisible()).isTrue();
    }

    @Test
    void consentToTheKjernegruppeCoversItsMunicipalMembersButNotThePolice() throws Exception {
        assertThat(view("slt").subjectVisible()).isFalse();

        support.recordConsent(caseId, "slt", consent("\"KJERNEGRUPPE\"", today.toString(), null));

        assertThat(view("slt").subjectVisible()).isTrue();
        assertThat(view("politi").subjectVisible()).isFalse();
    }
}
