package no.samvirke.inbox.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import no.samvirke.inbox.AllTasks;
import no.samvirke.inbox.InboxTestSupport;
import no.samvirke.inbox.InboxTestSupport.TestCases;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * {@code GET /api/v1/tasks} one page at a time. The user is helse: she has no candidate groups, so
 * her inbox holds exactly the test tasks assigned to her here.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(InboxTestSupport.class)
class TaskApiPagingTest {

    private static final String USER = "helse";
    private static final Instant CREATED = Instant.parse("2026-11-02T08:00:00Z");

    @Autowired MockMvc mvc;
    @Autowired TestCases cases;
    @Autowired ObjectMapper json;

    @BeforeEach
    @AfterEach
    void cleanInbox() {
        cases.deleteAll();
    }

    @Test
    void pagesFollowOneOrderDueDateThenCreatedAndTasksWithoutDueDateLast() throws Exception {
        Task dueJan2 = task("P-1", "2030-01-02T08:00:00Z", 0);
        Task none = task("P-2", null, 1);
        Task dueJan1 = task("P-3", "2030-01-01T08:00:00Z", 2);
        Task dueJan2Later = task("P-4", "2030-01-02T08:00:00Z", 3);
        Task noneLater = task("P-5", null, 4);
        Task overdue = task("P-6", "2020-01-01T08:00:00Z", 5);
        Task dueJan3 = task("P-7", "2030-01-03T08:00:00Z", 6);

        assertThat(ids(list("?page=0&size=3").andExpect(header().string("X-Total-Count", "7"))
                .andExpect(header().string("Link", links("first", 0, "next", 1, "last", 2)))))
                .containsExactly(overdue.getId(), dueJan1.getId(), dueJan2.getId());
        assertThat(ids(list("?page=1&size=3").andExpect(header().string("X-Total-Count", "7"))
                .andExpect(header().string("Link", links("first", 0, "prev", 0, "next", 2, "last", 2)))))
                .as("the page where the tasks with a due date end and those without begin")
                .containsExactly(dueJan2Later.getId(), dueJan3.getId(), none.getId());
        assertThat(ids(list("?page=2&size=3")
                .andExpect(header().string("Link", links("first", 0, "prev", 1, "last", 2)))))
                .containsExactly(noneLater.getId());
        assertThat(ids(list("?page=3&size=3").andExpect(header().string("X-Total-Count", "7"))
                .andExpect(header().string("Link", links("first", 0, "prev", 2, "last", 2)))))
                .as("beyond the last page: an empty page, and the way back").isEmpty();
    }

    @Test
    void walkingTheLinksGivesEveryTaskOnceInTheSameOrderForAnyPageSize() throws Exception {
        for (int i = 0; i < 9; i++) {
            task("W-" + i, i % 3 == 0 ? null : "2030-01-0" + (9 - i) + "T08:00:00Z", i);
        }
        List<String> inOnePage = ids(list("?size=200"));

        assertThat(inOnePage).hasSize(9).doesNotHaveDuplicates();
        for (int size : new int[] {1, 2, 4, 9}) {
            assertThat(walk("/api/v1/tasks?size=" + size)).as("size %d", size).isEqualTo(inOnePage);
        }
        assertThat(AllTasks.of(mvc, uri -> get(uri).with(httpBasic(USER, "demo"))))
                .extracting(t -> t.get("id").asText()).containsExactlyElementsOf(inOnePage);
    }

    @Test
    void fiftyTasksAPageUnlessAskedAndAtMostTwoHundred() throws Exception {
        List<String> created = IntStream.range(0, 51)
                .mapToObj(i -> task("D-" + i, "2030-02-01T08:00:00Z", i).getId()).toList();

        assertThat(ids(list("").andExpect(header().string("X-Total-Count", "51"))
                .andExpect(header().string("Link", containsString("</api/v1/tasks?page=1&size=50>; rel=\"next\"")))))
                .containsExactlyElementsOf(created.subList(0, 50));
        assertThat(ids(list("?page=1"))).containsExactly(created.get(50));
        assertThat(ids(list("?size=200").andExpect(header().string("Link", not(containsString("rel=\"next\""))))))
                .containsExactlyElementsOf(created);
    }

    @Test
    void badPageOrSizeIsAFieldErrorInTheUsersLanguage() throws Exception {
        for (String query : List.of("page=-1", "page=abc", "page=1.5", "page=", "page=1&page=2")) {
            problem(query, "nb").andExpect(jsonPath("$.errors[0].field").value("page"))
                    .andExpect(jsonPath("$.errors[0].message").value(containsString("Sidenummeret må være et heltall")));
        }
        for (String query : List.of("size=0", "size=201", "size=-5", "size=lots")) {
            problem(query, "nb").andExpect(jsonPath("$.errors[0].field").value("size"))
                    .andExpect(jsonPath("$.errors[0].message").value("Sidestørrelsen må være et heltall fra 1 til 200."));
        }
        problem("page=x&size=1000", "en")
                .andExpect(jsonPath("$.title").value("Invalid input"))
                .andExpect(jsonPath("$.errors[0].field").value("page"))
                .andExpect(jsonPath("$.errors[1].field").value("size"))
                .andExpect(jsonPath("$.errors[1].message").value("The page size must be a whole number from 1 to 200."));
        list("?page=0&size=200").andExpect(status().isOk());
        list("?page=0&size=1").andExpect(status().isOk());
    }

    private ResultActions problem(String query, String language) throws Exception {
        return mvc.perform(get("/api/v1/tasks?" + query).with(httpBasic(USER, "demo")).header("Accept-Language", language))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().doesNotExist("Link"));
    }

    /** A test task for helse, the n-th created (a minute apart), with this due date (or none). */
    private Task task(String reference, String due, int n) {
        return cases.startAssigned(reference, due == null ? null : Instant.parse(due), USER,
                CREATED.plus(Duration.ofMinutes(n)));
    }

    private ResultActions list(String query) throws Exception {
        return mvc.perform(get("/api/v1/tasks" + query).with(httpBasic(USER, "demo"))).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON));
    }

    private List<String> ids(ResultActions result) throws Exception {
        List<String> ids = new ArrayList<>();
        json.readTree(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .forEach(t -> ids.add(t.get("id").asText()));
        return ids;
    }

    private List<String> walk(String first) throws Exception {
        List<String> ids = new ArrayList<>();
        for (String next = first; next != null; ) {
            MockHttpServletResponse response = mvc.perform(get(next).with(httpBasic(USER, "demo")))
                    .andExpect(status().isOk()).andReturn().getResponse();
            for (JsonNode task : json.readTree(response.getContentAsString(StandardCharsets.UTF_8))) {
                ids.add(task.get("id").asText());
            }
            next = AllTasks.next(response.getHeader("Link"));
        }
        return ids;
    }

    /** The expected Link header: pairs of rel and page number, size 3. */
    private static String links(Object... relAndPage) {
        List<String> links = new ArrayList<>();
        for (int i = 0; i < relAndPage.length; i += 2) {
            links.add("</api/v1/tasks?page=" + relAndPage[i + 1] + "&size=3>; rel=\"" + relAndPage[i] + "\"");
        }
        return String.join(", ", links);
    }
}
