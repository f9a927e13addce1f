package no.samvirke.platform.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import no.samvirke.inbox.InboxTestSupport;
import no.samvirke.inbox.InboxTestSupport.TestCases;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Two people complete the same task at the same moment: exactly one succeeds, the other is told
 * someone was first (409 problem+json), and the task is completed once.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(InboxTestSupport.class)
class ConcurrentCompletionTest {

    private static final Instant FUTURE = Instant.parse("2099-01-01T12:00:00Z");

    @Autowired MockMvc mvc;
    @Autowired TestCases cases;
    @Autowired HistoryService history;

    @RepeatedTest(10)
    void twoUsersCompletingTheSameTaskAtOnceGiveOneSuccessAndOneConflict() throws Exception {
        twoAtOnce("T-2026-0701", "kjerne", "slt");
    }

    @RepeatedTest(10)
    void theSameUserCompletingTwiceAtOnceFromTwoTabsGivesOneSuccessAndOneConflict() throws Exception {
        twoAtOnce("T-2026-0702", "kjerne", "kjerne");
    }

    private void twoAtOnce(String reference, String first, String second) throws Exception {
        Task task = cases.start(reference, FUTURE);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<MockHttpServletResponse>> answers = new ArrayList<>();
            for (String user : List.of(first, second)) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return mvc.perform(post("/api/v1/tasks/{id}/complete", task.getId()).with(httpBasic(user, "demo"))
                            .contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"ok\"}"))
                            .andReturn().getResponse();
                }));
            }
            start.countDown();
            List<MockHttpServletResponse> responses = new ArrayList<>();
            for (Future<MockHttpServletResponse> answer : answers) {
                responses.add(answer.get(60, TimeUnit.SECONDS));
            }

            assertThat(responses).extracting(MockHttpServletResponse::getStatus)
                    .containsExactlyInAnyOrder(204, 409);
            MockHttpServletResponse conflict = responses.stream().filter(r -> r.getStatus() == 409).findFirst().orElseThrow();
            assertThat(conflict.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            assertThat(conflict.getContentAsString()).doesNotContain("Exception");
            assertThat(cases.open(task.getId())).isNull();
            assertThat(history.createHistoricTaskInstanceQuery().taskId(task.getId()).finished().count()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
