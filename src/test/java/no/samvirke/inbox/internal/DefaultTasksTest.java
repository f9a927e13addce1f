package no.samvirke.inbox.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import no.samvirke.identity.CurrentUser;
import no.samvirke.identity.Users;
import no.samvirke.inbox.InboxTask;
import no.samvirke.inbox.InboxTestSupport;
import no.samvirke.inbox.InboxTestSupport.TestCases;
import no.samvirke.inbox.Tasks;
import no.samvirke.platform.CaseId;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** Same context as the web tests (MockMvc configured), so that it is started only once. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(InboxTestSupport.class)
class DefaultTasksTest {

    private static final Instant FUTURE = Instant.parse("2099-01-01T12:00:00Z");

    @Autowired Tasks tasks;
    @Autowired VisibleTasks visible;
    @Autowired TestCases cases;
    @Autowired Users users;

    /** helse has no candidate groups: her inbox holds only the test tasks assigned to her here. */
    @BeforeEach
    void cleanInboxes() {
        cases.deleteAll();
    }

    @Test
    void escalationOffersTheTaskToTheGroupOnceAndMarksItEscalated() {
        Task task = cases.start("T-2026-0301", FUTURE);
        CurrentUser askerSlt = users.find("asker-slt").orElseThrow();
        assertThat(visible.find(task.getId(), askerSlt)).isEmpty();

        tasks.escalate(task.getProcessInstanceId(), InboxTestSupport.TASK, "slt-3203");
        tasks.escalate(task.getProcessInstanceId(), InboxTestSupport.TASK, "slt-3203");

        InboxTask escalated = visible.find(task.getId(), askerSlt).orElseThrow();
        assertThat(escalated.escalated()).isTrue();
        assertThat(escalated.candidateGroups()).containsExactlyInAnyOrder("kjernegruppe-3201", "slt-3203");
        cases.taskService().setAssignee(task.getId(), "helse");
        assertThat(visible.page(users.find("helse").orElseThrow(), TaskPage.Request.FIRST).tasks())
                .as("the inbox list shows the flag too").singleElement()
                .satisfies(t -> assertThat(t.escalated()).isTrue());
    }

    @Test
    void openTasksOfACaseAreFoundByTheCaseId() {
        Task task = cases.start("T-2026-0302", FUTURE);
        InboxTask first = visible.find(task.getId(), users.find("kjerne").orElseThrow()).orElseThrow();

        assertThat(tasks.openTasksOfCase(CaseId.of(first.caseId())))
                .singleElement()
                .satisfies(t -> {
                    assertThat(t.id()).isEqualTo(task.getId());
                    assertThat(t.caseReference()).isEqualTo("T-2026-0302");
                });
    }

    @Test
    void tasksWithoutDueDateComeLastWhereverTheDatabaseSortsNull() {
        CurrentUser helse = users.find("helse").orElseThrow();
        Instant created = Instant.parse("2026-11-02T08:00:00Z");
        Task none = cases.startAssigned("T-2026-0303", null, "helse", created);
        Task due = cases.startAssigned("T-2026-0304", FUTURE, "helse", created.plusSeconds(60));

        TaskPage page = visible.page(helse, TaskPage.Request.FIRST);

        assertThat(page.tasks()).extracting(InboxTask::id).containsExactly(due.getId(), none.getId());
        assertThat(page.total()).isEqualTo(2);
        assertThat(visible.page(helse, new TaskPage.Request(1, 1)).tasks()).extracting(InboxTask::id)
                .containsExactly(none.getId());
    }
}
