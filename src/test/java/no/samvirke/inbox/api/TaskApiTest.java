package no.samvirke.inbox.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import no.samvirke.inbox.AllTasks;
import no.samvirke.inbox.InboxTestSupport;
import no.samvirke.inbox.InboxTestSupport.TestCases;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@SpringBootTest
@AutoConfigureMockMvc
@Import(InboxTestSupport.class)
class TaskApiTest {

    private static final Instant PAST = Instant.parse("2020-03-02T15:00:00Z");
    private static final Instant FUTURE = Instant.parse("2099-01-01T12:00:00Z");

    @Autowired MockMvc mvc;
    @Autowired TestCases cases;

    @BeforeEach
    void cleanInboxes() {
        cases.deleteAll();
    }

    @Test
    void kjernegruppeMemberSeesTheTaskWithCaseReferenceAndOverdue() throws Exception {
        Task task = cases.start("T-2026-0101", PAST);

        assertThat(AllTasks.of(mvc, uri -> get(uri).with(httpBasic("kjerne", "demo"))))
                .extracting(t -> t.get("id").asText()).contains(task.getId());
        mvc.perform(get("/api/v1/tasks/{id}", task.getId()).with(httpBasic("kjerne", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.caseReference").value("T-2026-0101"))
                .andExpect(jsonPath("$.caseId").isNotEmpty())
                .andExpect(jsonPath("$.taskDefinitionKey").value(InboxTestSupport.TASK))
                .andExpect(jsonPath("$.name").value("Testoppgave"))
                .andExpect(jsonPath("$.overdue").value(true))
                .andExpect(jsonPath("$.escalated").value(false))
                .andExpect(jsonPath("$.assignee").doesNotExist());
    }

    @Test
    void usersOutsideTheGroupCannotSeeOrClaimTheTask() throws Exception {
        Task task = cases.start("T-2026-0102", FUTURE);

        for (String outsider : new String[] {"skole", "asker-slt"}) {
            assertThat(AllTasks.of(mvc, uri -> get(uri).with(httpBasic(outsider, "demo"))))
                    .extracting(t -> t.get("id").asText()).doesNotContain(task.getId());
            mvc.perform(get("/api/v1/tasks/{id}", task.getId()).with(httpBasic(outsider, "demo")))
                    .andExpect(status().isNotFound());
            mvc.perform(post("/api/v1/tasks/{id}/claim", task.getId()).with(httpBasic(outsider, "demo")))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
        assertThat(cases.open(task.getId()).getAssignee()).isNull();
        mvc.perform(post("/api/v1/tasks/{id}/claim", "no-such-task").with(httpBasic("kjerne", "demo")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aTaskClaimedBySomeoneElseCannotBeClaimedPutBackOrCompleted() throws Exception {
        Task task = cases.start("T-2026-0103", FUTURE);
        mvc.perform(post("/api/v1/tasks/{id}/claim", task.getId()).with(httpBasic("kjerne", "demo")))
                .andExpect(status().isNoContent());

        mvc.perform(post("/api/v1/tasks/{id}/claim", task.getId()).with(httpBasic("slt", "demo")))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("Oppgaven er allerede tatt av en annen."));
        mvc.perform(post("/api/v1/tasks/{id}/unclaim", task.getId()).with(httpBasic("slt", "demo")))
                .andExpect(status().isConflict());
        complete(task, "slt", "ok").andExpect(status().isConflict());

        assertThat(cases.open(task.getId()).getAssignee()).isEqualTo("kjerne");
        mvc.perform(get("/api/v1/tasks/{id}", task.getId()).with(httpBasic("slt", "demo")))
                .andExpect(jsonPath("$.assignee").value("kjerne"));
    }

    @Test
    void putBackMakesTheTaskFreeForTheGroup() throws Exception {
        Task task = cases.start("T-2026-0104", FUTURE);
        mvc.perform(post("/api/v1/tasks/{id}/claim", task.getId()).with(httpBasic("kjerne", "demo")));

        mvc.perform(post("/api/v1/tasks/{id}/unclaim", task.getId()).with(httpBasic("kjerne", "demo")))
                .andExpect(status().isNoContent());
        mvc.perform(post("/api/v1/tasks/{id}/claim", task.getId()).with(httpBasic("slt", "demo")))
                .andExpect(status().isNoContent());
        assertThat(cases.open(task.getId()).getAssignee()).isEqualTo("slt");
    }

    @Test
    void completingAFreeTaskClaimsItAndASecondCompletionIsAConflict() throws Exception {
        Task task = cases.start("T-2026-0105", FUTURE);

        complete(task, "kjerne", "ok").andExpect(status().isNoContent());
        assertThat(cases.open(task.getId())).isNull();

        complete(task, "kjerne", "ok").andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Oppgaven er allerede fullført."));
        complete(task, "slt", "ok").andExpect(status().isConflict());
        complete(task, "asker-slt", "ok").andExpect(status().isNotFound());
    }

    @Test
    void invalidInputIsAFieldErrorAndNothingIsStored() throws Exception {
        Task task = cases.start("T-2026-0106", FUTURE);

        complete(task, "kjerne", "maybe").andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("decision"))
                .andExpect(jsonPath("$.errors[0].message").isNotEmpty());

        Task still = cases.open(task.getId());
        assertThat(still).isNotNull();
        assertThat(still.getAssignee()).as("the claim made while completing is rolled back").isNull();
    }

    @Test
    void aConcurrentChangeWhileCompletingIsAConflict() throws Exception {
        Task task = cases.start("T-2026-0107", FUTURE);

        complete(task, "kjerne", "race").andExpect(status().isConflict());

        assertThat(cases.open(task.getId())).isNotNull();
    }

    private ResultActions complete(Task task, String user, String decision) throws Exception {
        return mvc.perform(post("/api/v1/tasks/{id}/complete", task.getId()).with(httpBasic(user, "demo"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"" + decision + "\"}"));
    }
}
