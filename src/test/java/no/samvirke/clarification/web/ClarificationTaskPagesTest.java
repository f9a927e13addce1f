package no.samvirke.clarification.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.Locale;
import no.samvirke.clarification.TalkApiClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The police's task pages for the talk: the fields, the errors next to them in bokmål, and English. */
@SpringBootTest
@AutoConfigureMockMvc
class ClarificationTaskPagesTest {

    private static final LocalDate TODAY = TalkApiClient.TODAY;

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired UserDetailsService userDetails;
    private TalkApiClient api;

    @BeforeEach
    void client() {
        api = new TalkApiClient(mvc, json);
    }

    @Test
    void thePoliceWorkTheTalkFromTheirTaskPages() throws Exception {
        String caseId = api.referredToTalk("Side Testperson");
        String invite = taskFor(caseId, "user_invite");
        assertThat(page(invite, Locale.forLanguageTag("nb"))).contains("name=\"minor\"", "name=\"invitee\"",
                "name=\"proposedDate\"", "Samtalen er frivillig", "Avklaringssamtaler i saken", "Side Testperson");
        assertThat(page(invite, Locale.ENGLISH)).contains("Invitation", "Who is invited?");

        String refused = mvc.perform(post("/innboks/oppgaver/" + invite + "/fullfor").with(csrf())
                        .with(user(userDetails.loadUserByUsername("politi"))).accept(MediaType.TEXT_HTML)
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("minor", "true").param("invitee", "PERSON").param("proposedDate", TODAY.plusDays(2).toString()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("id=\"invitee-error\"", "inviteres foreldre og barn sammen")
                .contains("value=\"" + TODAY.plusDays(2) + "\"");

        mvc.perform(post("/innboks/oppgaver/" + invite + "/fullfor").with(csrf())
                        .with(user(userDetails.loadUserByUsername("politi"))).accept(MediaType.TEXT_HTML)
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("minor", "true").param("invitee", "GUARDIANS_AND_CHILD")
                        .param("proposedDate", TODAY.plusDays(2).toString()))
                .andExpect(status().is3xxRedirection());
        String answer = taskFor(caseId, "user_record_answer");
        assertThat(page(answer, Locale.forLanguageTag("nb"))).contains("name=\"answer\"", "name=\"recommendation\"",
                "Foresatte og barnet sammen");
        api.completing(answer, "politi", "{\"answer\": \"ACCEPTED\"}").andExpect(status().isNoContent());

        String record = taskFor(caseId, "user_record_talk");
        assertThat(page(record, Locale.forLanguageTag("nb"))).contains("name=\"participants\"", "name=\"topics\"",
                "name=\"guardiansPresent\"", "name=\"assessment\"", "name=\"nextSteps\"", "name=\"notes\"",
                "Kommunen ser aldri notatene");
    }

    private String page(String taskId, Locale locale) throws Exception {
        return mvc.perform(get("/innboks/oppgaver/" + taskId).with(user(userDetails.loadUserByUsername("politi")))
                        .locale(locale).header("Accept-Language", locale.toLanguageTag()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private String taskFor(String caseId, String key) throws Exception {
        return api.taskFor(caseId, "politi", key);
    }
}
