package no.samvirke.intake.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest
@AutoConfigureMockMvc
class ConcernPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    @Test
    void theFormIsInBokmaalWithALabelForEveryField() throws Exception {
        String html = mvc.perform(get("/bekymringer/ny").with(as("skole")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("lang=\"nb\"", "<h1>Meld bekymring</h1>",
                "<label for=\"subject-name\">Fullt navn</label>", "for=\"subject-nationalId\"",
                "for=\"description\"", "for=\"reporterService\"", "id=\"reporterService\" readonly value=\"Skole\"");
    }

    @Test
    void theFormIsInEnglishWhenTheBrowserAsksForIt() throws Exception {
        String html = mvc.perform(get("/bekymringer/ny").with(as("skole")).header("Accept-Language", "en-GB,en"))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("lang=\"en\"", "<h1>Report a concern</h1>");
    }

    @Test
    void missingAnswersAreShownNextToTheFieldsAndInASummary() throws Exception {
        String html = mvc.perform(post("/bekymringer/ny").with(as("skole")).with(csrf())
                        .param("name", "Ola Nordmann").param("nationalId", "12345678901"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"error-summary\"", "href=\"#subject-nationalId\"",
                "Fødselsnummeret er ikke gyldig", "aria-describedby=\"subject-nationalId-hint subject-nationalId-error\"",
                "Velg hva bekymringen gjelder.", "value=\"Ola Nordmann\"");
    }

    @Test
    void acuteDangerTellsTheReporterToCall112() throws Exception {
        String location = mvc.perform(post("/bekymringer/ny").with(as("helse")).with(csrf())
                        .param("anonymous", "true").param("category", "VIOLENT_EXTREMISM")
                        .param("description", "Truet med å skade medelever i dag kl. 10.")
                        .param("reporterService", "HEALTH_STATION").param("subjectInformed", "false")
                        .param("consentToShare", "false").param("acuteDanger", "true"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String receipt = mvc.perform(get(location).with(as("helse"))).andReturn().getResponse().getContentAsString();
        assertThat(receipt).contains("Ring 112 nå", "role=\"alert\"", "Mottatt");
        mvc.perform(get(location.replace("?ny", "")).with(as("skole"))).andExpect(status().isNotFound());
    }

    @Test
    void frontlineStaffSeeTheirOwnConcernsOnly() throws Exception {
        String mine = mvc.perform(get("/bekymringer").with(as("asker-skole"))).andReturn().getResponse().getContentAsString();
        assertThat(mine).contains("Mine bekymringer").doesNotContain("B-20");
    }
}
