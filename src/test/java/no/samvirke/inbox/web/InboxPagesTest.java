package no.samvirke.inbox.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import no.samvirke.inbox.InboxTestSupport;
import no.samvirke.inbox.InboxTestSupport.TestCases;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest
@AutoConfigureMockMvc
@Import(InboxTestSupport.class)
class InboxPagesTest {

    /** 15:00 UTC is 16:00 in Oslo in March (winter time). */
    private static final Instant PAST = Instant.parse("2020-03-02T15:00:00Z");
    private static final Instant FUTURE = Instant.parse("2099-01-01T12:00:00Z");

    @Autowired MockMvc mvc;
    @Autowired TestCases cases;
    @Autowired UserDetailsService userDetails;

    private RequestPostProcessor as(String username) {
        return user(userDetails.loadUserByUsername(username));
    }

    @BeforeEach
    void cleanInboxes() {
        cases.deleteAll();
    }

    @Test
    void inboxShowsTheTaskRowWithOverdueMarkedInTextAndStyle() throws Exception {
        Task task = cases.start("T-2026-0201", PAST);

        mvc.perform(get("/innboks").with(as("kjerne")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<h1>Innboks</h1>"),
                        containsString("<caption>"),
                        containsString("id=\"task-" + task.getId() + "\""),
                        containsString("T-2026-0201"),
                        containsString("Testoppgave"),
                        containsString("02.03.2020 16:00"),
                        containsString("class=\"badge overdue\">Forfalt<"),
                        containsString("Ikke tatt"),
                        containsString("Ta oppgaven"),
                        containsString("action=\"/innboks/oppgaver/" + task.getId() + "/ta\""),
                        containsString("hx-post=\"/innboks/oppgaver/" + task.getId() + "/ta\""),
                        containsString("name=\"_csrf\""),
                        containsString("href=\"/innboks/oppgaver/" + task.getId() + "\""))));
    }

    @Test
    void aUserWithoutTasksSeesTheEmptyState() throws Exception {
        cases.start("T-2026-0202", FUTURE);

        mvc.perform(get("/innboks").with(as("skole")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Du har ingen åpne oppgaver"),
                        not(containsString("T-2026-0202")))));
    }

    @Test
    void htmxClaimAnswersWithTheTableFragment() throws Exception {
        // Overdue since 2020: on the first page of kjerne's inbox whatever else the database holds.
        Task task = cases.start("T-2026-0203", PAST);

        mvc.perform(post("/innboks/oppgaver/{id}/ta", task.getId()).with(as("kjerne")).with(csrf())
                        .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        not(containsString("<html")),
                        containsString("id=\"inbox-tasks\""),
                        containsString("Du har tatt oppgaven."),
                        containsString("Legg tilbake"))));
        assertThat(cases.open(task.getId()).getAssignee()).isEqualTo("kjerne");
    }

    @Test
    void htmxClaimOfATaskTakenBySomeoneElseShowsAnAlertInTheFragment() throws Exception {
        Task task = cases.start("T-2026-0204", FUTURE);
        cases.taskService().claim(task.getId(), "slt");

        mvc.perform(post("/innboks/oppgaver/{id}/ta", task.getId()).with(as("kjerne")).with(csrf())
                        .header("HX-Request", "true"))
                .andExpect(content().string(allOf(not(containsString("<html")),
                        containsString("Oppgaven er allerede tatt av en annen."))));
        assertThat(cases.open(task.getId()).getAssignee()).isEqualTo("slt");
    }

    @Test
    void claimWithoutJavaScriptRedirectsAndAConflictGetsThe409Page() throws Exception {
        Task task = cases.start("T-2026-0205", FUTURE);

        mvc.perform(post("/innboks/oppgaver/{id}/ta", task.getId()).with(as("kjerne")).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/innboks"))
                .andExpect(flash().attribute("flash", "inbox.claimed"));
        mvc.perform(post("/innboks/oppgaver/{id}/ta", task.getId()).with(as("slt")).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Noen kom deg i forkjøpet")));
        mvc.perform(post("/innboks/oppgaver/{id}/legg-tilbake", task.getId()).with(as("kjerne")).with(csrf())
                        .param("from", "task"))
                .andExpect(redirectedUrl("/innboks/oppgaver/" + task.getId()));
        assertThat(cases.open(task.getId()).getAssignee()).isNull();
    }

    @Test
    void theTaskPageShowsTheHeaderAndTheOwningModulesForm() throws Exception {
        Task task = cases.start("T-2026-0206", PAST);

        mvc.perform(get("/innboks/oppgaver/{id}", task.getId()).with(as("kjerne")))
                .andExpect(status().isOk())
                .andExpect(model().attribute("testFormShown", true))
                .andExpect(content().string(allOf(
                        containsString("<h1>Testoppgave</h1>"),
                        containsString("T-2026-0206"),
                        containsString("Forfalt"),
                        containsString("action=\"/innboks/oppgaver/" + task.getId() + "/fullfor\""),
                        containsString("Fullfør oppgaven"))));
        mvc.perform(get("/innboks/oppgaver/{id}", task.getId()).with(as("asker-slt")))
                .andExpect(status().isNotFound());
    }

    @Test
    void badInputShowsTheErrorAndKeepsTheTaskOpen() throws Exception {
        Task task = cases.start("T-2026-0207", FUTURE);

        mvc.perform(post("/innboks/oppgaver/{id}/fullfor", task.getId()).with(as("kjerne")).with(csrf())
                        .param("decision", "maybe"))
                .andExpect(status().isBadRequest())
                .andExpect(model().attribute("fieldErrors", java.util.Map.of("decision",
                        "Verdien har feil type eller format.")))
                .andExpect(model().attribute("formInput", java.util.Map.of("decision", "maybe")))
                .andExpect(content().string(allOf(containsString("role=\"alert\""),
                        containsString("href=\"#decision\""), containsString("Verdien har feil type eller format."))));

        assertThat(cases.open(task.getId())).isNotNull();
        assertThat(cases.open(task.getId()).getAssignee()).isNull();
    }

    @Test
    void completingRedirectsToTheInboxWithAStatusMessage() throws Exception {
        Task task = cases.start("T-2026-0208", FUTURE);

        var session = mvc.perform(post("/innboks/oppgaver/{id}/fullfor", task.getId()).with(as("kjerne")).with(csrf())
                        .param("decision", "ok"))
                .andExpect(redirectedUrl("/innboks"))
                .andExpect(flash().attribute("flash", "inbox.completed"))
                .andReturn().getResponse().getCookie("SESSION");
        assertThat(cases.open(task.getId())).isNull();

        // The message travels in the session (stored in the database), as for the browser.
        mvc.perform(get("/innboks").with(as("kjerne")).cookie(session))
                .andExpect(content().string(allOf(containsString("role=\"status\""),
                        containsString("Oppgaven er fullført"), not(containsString("T-2026-0208")))));
        mvc.perform(post("/innboks/oppgaver/{id}/fullfor", task.getId()).with(as("kjerne")).with(csrf())
                        .param("decision", "ok"))
                .andExpect(status().isConflict());
    }

    @Test
    void thePagerShowsWhereYouAreAndMovesWithoutJavaScript() throws Exception {
        Task[] tasks = threeTasksForHelse();

        mvc.perform(get("/innboks").param("size", "2").with(as("helse")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<nav class=\"pager\" aria-label=\"Sider i innboksen\">"),
                        containsString("<p>Side 1 av 2</p>"),
                        containsString("Viser 1–2 av 3 oppgaver."),
                        containsString("id=\"task-" + tasks[0].getId() + "\""),
                        containsString("id=\"task-" + tasks[1].getId() + "\""),
                        not(containsString("id=\"task-" + tasks[2].getId() + "\"")),
                        containsString("<a href=\"/innboks?size=2\" aria-label=\"Side 1\" aria-current=\"page\">1</a>"),
                        containsString("<a href=\"/innboks?page=1&amp;size=2\" aria-label=\"Side 2\">2</a>"),
                        containsString("<a href=\"/innboks?page=1&amp;size=2\" rel=\"next\">Neste</a>"),
                        not(containsString("Forrige")))));

        mvc.perform(get("/innboks").param("page", "1").param("size", "2").with(as("helse")))
                .andExpect(content().string(allOf(
                        containsString("<p>Side 2 av 2</p>"),
                        containsString("Viser 3–3 av 3 oppgaver."),
                        containsString("id=\"task-" + tasks[2].getId() + "\""),
                        not(containsString("id=\"task-" + tasks[0].getId() + "\"")),
                        containsString("<a href=\"/innboks?size=2\" rel=\"prev\">Forrige</a>"),
                        containsString("<a href=\"/innboks?page=1&amp;size=2\" aria-label=\"Side 2\" aria-current=\"page\">2</a>"),
                        not(containsString("Neste")))));
    }

    @Test
    void thePagerIsInEnglishForEnglishBrowsersAndAbsentWhenAllTasksFitOnOnePage() throws Exception {
        threeTasksForHelse();

        mvc.perform(get("/innboks").param("page", "1").param("size", "2").with(as("helse"))
                        .header("Accept-Language", "en"))
                .andExpect(content().string(allOf(containsString("aria-label=\"Inbox pages\""),
                        containsString("<p>Page 2 of 2</p>"), containsString(">Previous</a>"),
                        containsString("Showing 3–3 of 3 tasks."))));
        mvc.perform(get("/innboks").with(as("helse")))
                .andExpect(content().string(allOf(containsString("id=\"inbox-tasks\""),
                        not(containsString("class=\"pager\"")), not(containsString("Side 1 av 1")))));
    }

    @Test
    void puttingBackATaskReturnsToTheSamePageAndAPageThatIsGoneShowsTheLastOne() throws Exception {
        Task[] tasks = threeTasksForHelse();

        mvc.perform(post("/innboks/oppgaver/{id}/legg-tilbake", tasks[2].getId()).with(as("helse")).with(csrf())
                        .param("page", "1").param("size", "2"))
                .andExpect(redirectedUrl("/innboks?page=1&size=2"));
        // helse no longer sees the task she put back (it is the kjernegruppe's): one page is left.
        mvc.perform(get("/innboks").param("page", "1").param("size", "2").with(as("helse")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"task-" + tasks[0].getId() + "\""),
                        containsString("id=\"task-" + tasks[1].getId() + "\""), not(containsString("class=\"pager\"")))));
        mvc.perform(post("/innboks/oppgaver/{id}/legg-tilbake", tasks[1].getId()).with(as("helse")).with(csrf())
                        .param("page", "0").param("size", "1").header("HX-Request", "true"))
                .andExpect(content().string(allOf(not(containsString("<html")),
                        containsString("Oppgaven er lagt tilbake til gruppen."),
                        containsString("id=\"task-" + tasks[0].getId() + "\""),
                        containsString("<input type=\"hidden\" name=\"size\" value=\"1\">"))));
    }

    @Test
    void aHandEditedPageNumberShowsTheFirstPage() throws Exception {
        Task[] tasks = threeTasksForHelse();

        mvc.perform(get("/innboks").param("page", "tre").param("size", "2").with(as("helse")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"task-" + tasks[0].getId() + "\""),
                        containsString("id=\"task-" + tasks[2].getId() + "\""))));
    }

    /** helse has no candidate groups: her inbox holds exactly these three tasks, oldest first. */
    private Task[] threeTasksForHelse() {
        Instant created = Instant.parse("2026-11-02T08:00:00Z");
        return new Task[] {
                cases.startAssigned("T-2026-0211", FUTURE, "helse", created),
                cases.startAssigned("T-2026-0212", FUTURE, "helse", created.plusSeconds(60)),
                cases.startAssigned("T-2026-0213", FUTURE, "helse", created.plusSeconds(120))};
    }
}
