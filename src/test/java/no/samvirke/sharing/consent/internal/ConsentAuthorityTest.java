package no.samvirke.sharing.consent.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.samvirke.platform.WorkingDays;
import no.samvirke.audit.AuditAction;
import no.samvirke.audit.AuditQuery;
import no.samvirke.audit.AuditTrail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 11, path 4: a recipient cannot give itself consent. Only the case owner (the SLT
 * coordinator) or the source service records a consent, with its document or witness, from today
 * on, given by whoever processes/consent.dmn names for the person's age.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ConsentAuthorityTest {

    /** Born 10.05.2011: 15 years old when these tests were written (any day until 10.05.2027: 15). */
    static final String FIFTEEN = "10051150185";
    /** Born 10.03.2009: 17 until 10.03.2027. */
    static final String SEVENTEEN = "10030950033";

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;
    @Autowired UserDetailsService userDetails;
    @Autowired AuditTrail auditTrail;

    private static String today() {
        return LocalDate.now(WorkingDays.OSLO).toString();
    }

    private UUID register(String reporter, String nationalId) throws Exception {
        String body = """
                {"subject": {"anonymous": false, "name": "Unni Ungdom-Testesen", "nationalId": "%s"},
                 "category": "RADICALISATION", "description": "Har delt voldelig materiale med medelever.",
                 "subjectInformed": false, "consentToShare": false, "acuteDanger": false}""".formatted(nationalId);
        String response = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/concerns").with(httpBasic(reporter, "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return UUID.fromString(json.readTree(response).get("id").asText());
    }

    private org.springframework.test.web.servlet.ResultActions postConsent(UUID caseId, String user, String body)
            throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/api/v1/concerns/" + caseId + "/consents").with(httpBasic(user, "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private static String consent(String giver, String recipients, String from, String documentReference) {
        return """
                {"givenBy": "%s", "givenByName": "Unni Ungdom-Testesen", "recipients": [%s],
                 "validFrom": "%s", "form": "WRITTEN", "documentReference": %s}"""
                .formatted(giver, recipients, from, documentReference == null ? "null" : "\"" + documentReference + "\"");
    }

    private long stored(UUID caseId) {
        return jdbc.queryForObject("select count(*) from consent where concern_id = ?", Long.class, caseId);
    }

    private long consentChanges(UUID caseId) {
        return auditTrail.entries(new AuditQuery(caseId, null, null, null), 0, 50).entries().stream()
                .filter(e -> e.action() == AuditAction.CHANGE && e.purpose().contains("consent")).count();
    }

    private String subjectLevel(UUID caseId, String user) throws Exception {
        String response = mvc.perform(get("/api/v1/concerns/" + caseId).with(httpBasic(user, "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return response;
    }

    @Test
    void thePoliceCannotGiveThemselvesConsentAndStillSeeTheCaseAnonymised() throws Exception {
        UUID caseId = register("skole", FIFTEEN);
        String yesterday = LocalDate.now(WorkingDays.OSLO).minusDays(1).toString();

        postConsent(caseId, "politi", consent("PERSON", "\"POLICE\", \"PST\"", yesterday, "Arkiv 1"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        assertThat(stored(caseId)).isZero();
        assertThat(consentChanges(caseId)).isZero();
        assertThat(subjectLevel(caseId, "politi")).doesNotContain("Ungdom-Testesen", FIFTEEN)
                .contains("ANONYMISED");
    }

    @Test
    void noRecipientRecordsAConsentForItself() throws Exception {
        UUID caseId = register("skole", SEVENTEEN);
        String valid = consent("PERSON_AND_GUARDIANS", "\"POLICE\", \"CHILD_WELFARE\", \"KJERNEGRUPPE\"", today(), "Arkiv 2");

        postConsent(caseId, "politi", valid).andExpect(status().isForbidden());
        postConsent(caseId, "kjerne", valid).andExpect(status().isForbidden());
        for (String outsider : List.of("pst", "helse", "asker-slt", "asker-skole", "personvern", "admin")) {
            postConsent(caseId, outsider, valid).andExpect(status().isNotFound());
        }
        assertThat(stored(caseId)).isZero();
        assertThat(consentChanges(caseId)).isZero();
    }

    @Test
    void thePageRefusesARecipientClearlyAndStoresNothing() throws Exception {
        UUID caseId = register("skole", SEVENTEEN);

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/saker/" + caseId + "/samtykke").with(user(userDetails.loadUserByUsername("politi")))
                        .with(csrf()).param("givenBy", "PERSON_AND_GUARDIANS").param("givenByName", "Unni")
                        .param("recipients", "POLICE").param("validFrom", today()).param("form", "WRITTEN")
                        .param("documentReference", "Arkiv 3"))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("Du kan ikke registrere samtykke i denne saken.")));
        assertThat(stored(caseId)).isZero();
    }

    @Test
    void theCaseOwnerAndTheSourceServiceMayRecord() throws Exception {
        UUID caseId = register("skole", SEVENTEEN);

        postConsent(caseId, "slt", consent("PERSON_AND_GUARDIANS", "\"POLICE\"", today(), "Arkiv 4"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.documentReference").value("Arkiv 4"));
        postConsent(caseId, "skole", consent("PERSON_AND_GUARDIANS", "\"CHILD_WELFARE\"", today(), "Arkiv 5"))
                .andExpect(status().isCreated());

        assertThat(stored(caseId)).isEqualTo(2);
        assertThat(consentChanges(caseId)).isEqualTo(2);
        assertThat(subjectLevel(caseId, "politi")).contains("Ungdom-Testesen");
    }

    @Test
    void aBackDatedStartIsRefused() throws Exception {
        UUID caseId = register("skole", SEVENTEEN);
        String yesterday = LocalDate.now(WorkingDays.OSLO).minusDays(1).toString();

        postConsent(caseId, "slt", consent("PERSON_AND_GUARDIANS", "\"POLICE\"", yesterday, "Arkiv 6"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("validFrom"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("kan ikke gjelde fra før i dag")));
        assertThat(stored(caseId)).isZero();
    }

    @Test
    void aConsentWithoutDocumentReferenceOrWitnessIsRefused() throws Exception {
        UUID caseId = register("skole", SEVENTEEN);

        postConsent(caseId, "slt", consent("PERSON_AND_GUARDIANS", "\"POLICE\"", today(), " "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("documentReference"));
        postConsent(caseId, "slt", """
                {"givenBy": "PERSON_AND_GUARDIANS", "givenByName": "Unni", "recipients": ["POLICE"],
                 "validFrom": "%s", "form": "ORAL", "documentReference": "Arkiv 7"}""".formatted(today()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("witness"));
        assertThat(stored(caseId)).isZero();
    }

    @Test
    void theGiverForAFifteenYearOldFollowsTheDecisionTable() throws Exception {
        UUID caseId = register("skole", FIFTEEN);

        postConsent(caseId, "slt", consent("PERSON", "\"POLICE\"", today(), "Arkiv 8"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("givenBy"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("personen og foresatte sammen")));
        assertThat(stored(caseId)).isZero();
        postConsent(caseId, "slt", consent("PERSON_AND_GUARDIANS", "\"POLICE\"", today(), "Arkiv 8"))
                .andExpect(status().isCreated());
    }

    @Test
    void aSeventeenYearOldConsentsAloneToHealthInformation() throws Exception {
        UUID caseId = register("helse", SEVENTEEN);

        postConsent(caseId, "helse", consent("GUARDIANS", "\"CHILD_WELFARE\"", today(), "Journal 9"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("givenBy"));
        postConsent(caseId, "helse", consent("PERSON", "\"CHILD_WELFARE\"", today(), "Journal 9"))
                .andExpect(status().isCreated());
        assertThat(stored(caseId)).isEqualTo(1);
    }
}
