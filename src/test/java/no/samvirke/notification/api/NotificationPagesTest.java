package no.samvirke.notification.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;

/** The Varslinger page (full and htmx) and the receipt and harm-assessment forms in the inbox. */
@SpringBootTest
@AutoConfigureMockMvc
class NotificationPagesTest extends NotificationApiSupport {

    @Autowired TaskService tasks;

    private String taskId(String notificationId, String key) {
        return tasks.createTaskQuery().processInstanceBusinessKey(notificationId).taskDefinitionKey(key)
                .singleResult().getId();
    }

    @Test
    void theLogPageShowsThePersonAndTheHandoffsAndHtmxGetsTheTableOnly() throws Exception {
        String id = recordNew("pst", notification("RETURN", nationalId(), "CLEARED", ""));
        String page = page("politi", "/varslinger?type=RETURN");
        assertThat(page).contains("<html", "lang=\"nb\"", "Varslinger", "Test Varselperson", "PST → politiet",
                "Ikke kvittert – frist");
        String fragment = mvc.perform(get("/varslinger").header("HX-Request", "true").accept(MediaType.TEXT_HTML)
                        .with(user(userDetails.loadUserByUsername("politi"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(fragment).contains("notification-log", "Test Varselperson").doesNotContain("<html");
        assertThat(page("slt", "/varslinger")).doesNotContain("notification-" + id);
    }

    @Test
    void theReceiptFormAsksForTheTickAndThenHandsTheNotificationOn() throws Exception {
        String id = recordNew("pst", notification("OUTBOUND_TRAVEL", nationalId(), "CLEARED", ""));
        String task = taskId(id, "user_acknowledge_handoff");
        assertThat(page("politi", "/innboks/oppgaver/" + task)).contains("Kvitter for varselet", "Test Varselperson");

        MockHttpServletResponse refused = submit("politi", task, "");
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString()).contains("Kryss av for at du har mottatt varselet.");

        assertThat(submit("politi", task, "acknowledged=true").getStatus()).isEqualTo(302);
        assertThat(seenBy("slt", id)).isNotNull();
    }

    @Test
    void theHarmAssessmentFormTakesPstsDecisionAndRefusesAHoldFromAnyoneElse() throws Exception {
        String id = recordNew("politi", notification("RETURN", nationalId(), "PENDING", ""));
        acknowledge("pst", id);
        String task = taskId(id, "user_harm_assessment");
        assertThat(page("politi", "/innboks/oppgaver/" + task)).contains("Kan kommunen varsles nå?");

        MockHttpServletResponse refused = submit("politi", task,
                "harmAssessment=CLEARED&contactHoldUntil=" + today().plusDays(3) + "&contactHoldReason=x");
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString()).contains("Bare PST kan bestemme at familien ikke skal kontaktes.");

        assertThat(submit("politi", task, "harmAssessment=WITHHELD").getStatus()).isEqualTo(302);
        assertThat(seenBy("politi", id).get("status").asText()).isEqualTo("WITHHELD");
        assertThat(seenBy("slt", id)).isNull();
    }

    @Test
    void theRecordingFormShowsErrorsNextToTheFieldsAndRecordsForThePolice() throws Exception {
        assertThat(page("politi", "/varslinger/ny")).contains("Registrer varsel", "municipalityCode", "harmAssessment")
                .doesNotContain("contactHoldUntil");
        assertThat(page("slt", "/varslinger/ny")).contains("Kommunen fikk vite det først")
                .doesNotContain("id=\"municipalityCode\"");

        MockHttpServletResponse refused = postForm("politi", "/varslinger/ny", "type=RETURN&eventDate=31.12.2026");
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString()).contains("Skriv datoen som åååå-mm-dd.", "Oppgi personens navn.",
                "Velg en kommune som bruker Samvirke.");

        String nationalId = nationalId();
        MockHttpServletResponse done = postForm("politi", "/varslinger/ny", "type=DEATH&eventDate=" + today()
                + "&municipalityCode=3201&personName=Test+Varselperson&nationalId=" + nationalId + "&harmAssessment=CLEARED");
        assertThat(done.getStatus()).isEqualTo(302);
        assertThat(done.getRedirectedUrl()).isEqualTo("/varslinger");
        assertThat(page("politi", "/varslinger?type=DEATH")).contains(nationalId, "politiet → PST");
    }

    private MockHttpServletResponse postForm(String user, String path, String form) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path).with(csrf())
                        .with(user(userDetails.loadUserByUsername(user))).accept(MediaType.TEXT_HTML)
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED).content(form))
                .andReturn().getResponse();
    }

    private MockHttpServletResponse submit(String user, String task, String form) throws Exception {
        return mvc.perform(post("/innboks/oppgaver/" + task + "/fullfor").with(csrf())
                        .with(user(userDetails.loadUserByUsername(user))).accept(MediaType.TEXT_HTML)
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED).content(form))
                .andReturn().getResponse();
    }
}
