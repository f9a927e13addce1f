package no.samvirke.sharing.consent;

import static no.samvirke.sharing.consent.ConsentTestSupport.GIVER;
import static no.samvirke.sharing.consent.ConsentTestSupport.consent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** "Samtykke" page: list with status, the record form with errors next to fields, withdrawal without JS. */
@SpringBootTest
@AutoConfigureMockMvc
class ConsentPageTest {

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;
    @Autowired UserDetailsService userDetails;

    private UUID caseId;
    private String page;

    private static String today() {
        return java.time.LocalDate.now(no.samvirke.platform.WorkingDays.OSLO).toString();
    }

    @BeforeEach
    void namedSchoolConcern() throws Exception {
        caseId = new ConsentTestSupport(mvc, json).registerNamedConcernAsSkole();
        page = "/saker/" + caseId + "/samtykke";
    }

    private RequestPostProcessor as(String username) {
        return user(userDetails.loadUserByUsername(username));
    }

    @Test
    void thePageHasAnAccessibleFormAndAnEmptyList() throws Exception {
        mvc.perform(get(page).with(as("kjerne")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Det er ikke registrert noe samtykke i saken.")))
                .andExpect(content().string(containsString("<legend>Hvem kan få opplysningene?</legend>")))
                .andExpect(content().string(containsString("<label class=\"choice\" for=\"recipients-POLICE\">")))
                .andExpect(content().string(containsString("<label for=\"witness\">Vitne</label>")))
                .andExpect(content().string(containsString("name=\"_csrf\"")));
    }

    @Test
    void invalidInputShowsTheErrorsNextToTheFieldsAndASummary() throws Exception {
        mvc.perform(post(page).with(as("slt")).with(csrf())
                        .param("givenBy", "PERSON").param("givenByName", "Ola")
                        .param("recipients", "POLICE").param("validFrom", "10.05.2026").param("validTo", "2026-05-01")
                        .param("form", "ORAL").param("witness", ""))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"error-summary\"")))
                .andExpect(content().string(containsString("href=\"#witness\"")))
                .andExpect(content().string(containsString("aria-describedby=\"witness-hint witness-error\"")))
                .andExpect(content().string(containsString("Et muntlig samtykke må ha et vitne.")))
                .andExpect(content().string(containsString("aria-describedby=\"validTo-hint validTo-error\"")))
                .andExpect(content().string(containsString("Sluttdatoen kan ikke være før startdatoen.")))
                .andExpect(content().string(org.hamcrest.Matchers.matchesPattern(
                        "(?s).*id=\"recipients-POLICE\"[^>]*checked.*")));
        assertThat(jdbc.queryForObject("select count(*) from consent where concern_id = ?", Long.class, caseId))
                .isZero();
    }

    @Test
    void recordThenWithdrawWithPlainFormPosts() throws Exception {
        mvc.perform(post(page).with(as("slt")).with(csrf())
                        .param("givenBy", "PERSON_AND_GUARDIANS").param("givenByName", GIVER)
                        .param("recipients", "POLICE", "KJERNEGRUPPE").param("validFrom", today())
                        .param("form", "ORAL").param("witness", "slt"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(page + "?registrert"));
        String html = mvc.perform(get(page).param("registrert", "").with(as("kjerne")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Samtykket er registrert.")))
                .andExpect(content().string(containsString("Gjelder")))
                .andExpect(content().string(containsString(GIVER)))
                .andReturn().getResponse().getContentAsString();
        UUID consent = jdbc.queryForObject("select id from consent where concern_id = ?", UUID.class, caseId);
        assertThat(html).contains(page + "/" + consent + "/tilbakekall");

        mvc.perform(post(page + "/" + consent + "/tilbakekall").with(as("kjerne"))
                        .param("reason", "Foresatte ringte.").param("version", "0"))
                .andExpect(status().isForbidden());
        mvc.perform(post(page + "/" + consent + "/tilbakekall").with(as("kjerne")).with(csrf())
                        .param("reason", "").param("version", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Skriv hvorfor samtykket trekkes tilbake.")));
        mvc.perform(post(page + "/" + consent + "/tilbakekall").with(as("kjerne")).with(csrf())
                        .param("reason", "Foresatte ringte.").param("version", "7"))
                .andExpect(status().isConflict());
        mvc.perform(post(page + "/" + consent + "/tilbakekall").with(as("kjerne")).with(csrf())
                        .param("reason", "Foresatte ringte.").param("version", "0"))
                .andExpect(redirectedUrl(page + "?tilbakekalt"));
        mvc.perform(get(page).with(as("kjerne")))
                .andExpect(content().string(containsString("Trukket tilbake")))
                .andExpect(content().string(containsString("Du ser ikke personens identitet i denne saken")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(GIVER))))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Foresatte ringte."))))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("/tilbakekall"))));
        mvc.perform(post(page + "/" + consent + "/tilbakekall").with(as("kjerne")).with(csrf())
                        .param("reason", "Igjen.").param("version", "0"))
                .andExpect(status().isConflict());
    }

    @Test
    void theOtherMunicipalityGets404AndThePoliceSeeNoNames() throws Exception {
        new ConsentTestSupport(mvc, json).recordConsent(caseId, "slt", consent("\"SCHOOL\"", today(), null));

        mvc.perform(get(page).with(as("asker-slt"))).andExpect(status().isNotFound());
        mvc.perform(post(page).with(as("asker-slt")).with(csrf()).param("givenBy", "PERSON"))
                .andExpect(status().isNotFound());
        String politi = mvc.perform(get(page).with(as("politi")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        ConsentTestSupport.assertNoIdentity(politi);
        assertThat(politi).contains("Skolen");
    }

    @Test
    void thePageIsInEnglishForEnglishBrowsers() throws Exception {
        mvc.perform(get(page).with(as("kjerne")).header("Accept-Language", "en"))
                .andExpect(content().string(containsString("Record a consent")))
                .andExpect(content().string(containsString("Who may receive the information?")));
    }
}
