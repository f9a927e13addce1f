package no.samvirke.sharing.consent;

import static no.samvirke.sharing.consent.ConsentTestSupport.NAME;
import static no.samvirke.sharing.consent.ConsentTestSupport.NATIONAL_ID;
import static no.samvirke.sharing.consent.ConsentTestSupport.assertNoIdentity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.samvirke.platform.WorkingDays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 3 is done when: politi looks at a named case from the school without consent and sees no
 * identity, sees it after consent to the police is recorded, loses it when the consent is
 * withdrawn — and personvern sees each of those reads in an intact audit chain.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ConsentDoneWhenTest {

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired UserDetailsService userDetails;
    @Autowired Clock clock;

    private String casePageAsPoliti(UUID caseId) throws Exception {
        return mvc.perform(get("/saker/" + caseId).with(user(userDetails.loadUserByUsername("politi"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void politiSeesTheIdentityOnlyWhileConsentToThePoliceIsInForceAndPersonvernSeesEveryRead() throws Exception {
        ConsentTestSupport support = new ConsentTestSupport(mvc, json);
        UUID caseId = support.registerNamedConcernAsSkole();

        assertNoIdentity(casePageAsPoliti(caseId));

        String today = LocalDate.now(clock.withZone(WorkingDays.OSLO)).toString();
        UUID consent = support.recordConsent(caseId, "slt", """
                {"givenBy": "PERSON_AND_GUARDIANS", "givenByName": "Kari Foresatt-Testesen", "recipients": ["POLICE"],
                 "validFrom": "%s", "form": "ORAL", "witness": "slt"}""".formatted(today));
        assertThat(casePageAsPoliti(caseId)).contains(NAME, NATIONAL_ID);

        support.withdraw(caseId, consent, "kjerne", "Foresatte trakk samtykket.").andExpect(status().isOk());
        assertNoIdentity(casePageAsPoliti(caseId));

        assertThat(politiReadLevels(caseId)).containsExactly(
                "subject=ANONYMISED", "subject=FULL", "subject=ANONYMISED");
        mvc.perform(get("/api/v1/audit/verify").with(httpBasic("personvern", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intact").value(true))
                .andExpect(jsonPath("$.firstBrokenEntryId").doesNotExist());
    }

    /** politi's reads of the case as the police's privacy officer (personvern-politi) sees them: police entries are theirs, not the municipality's, oldest first. */
    private List<String> politiReadLevels(UUID caseId) throws Exception {
        String body = mvc.perform(get("/api/v1/audit").param("caseId", caseId.toString())
                        .with(httpBasic("personvern-politi", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertNoIdentity(body);
        List<String> levels = new ArrayList<>();
        for (JsonNode entry : json.readTree(body).get("entries")) {
            if ("politi".equals(entry.get("username").asText()) && "READ".equals(entry.get("action").asText())) {
                assertThat(entry.get("agency").asText()).isEqualTo("POLICE");
                levels.add(0, entry.get("items").asText().split(";")[0]);
            }
        }
        return levels;
    }
}
