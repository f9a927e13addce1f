package no.samvirke.notification.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Who records and who sees what: only police and PST record police- and PST-originated
 * notifications; the municipality sees only what reached it, at the level the disclosure table
 * allows; the same notification twice is linked, not doubled — also when both arrive at once.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NotificationRolesApiTest extends NotificationApiSupport {

    @Autowired TaskService tasks;

    @Test
    void onlyPstPoliceAndSltRecordAndTheOriginIsTheRecordersAgency() throws Exception {
        String body = notification("RETURN", nationalId(), "CLEARED", "");
        assertThat(record("skole", body).getStatus()).isEqualTo(403);
        assertThat(record("kjerne", body).getStatus()).isEqualTo(403);
        assertThat(record("personvern", body).getStatus()).isEqualTo(403);

        String id = recordNew("politi", body);
        assertThat(seenBy("politi", id).get("origin").asText()).isEqualTo("POLICE");
        String fromSlt = recordNew("slt", notification("RETURN", nationalId(), "CLEARED", ""));
        assertThat(seenBy("slt", fromSlt).get("origin").asText()).as("an SLT coordinator cannot record for PST")
                .isEqualTo("MUNICIPALITY");
    }

    @Test
    void badInputIsAnsweredPerFieldInTheUsersLanguage() throws Exception {
        MockHttpServletResponse response = record("pst", """
                {"type": "RETURN", "eventDate": "%s", "municipalityCode": "9999", "personName": " ",
                 "nationalId": "123"}""".formatted(today().plusDays(1)));
        assertThat(response.getStatus()).isEqualTo(400);
        JsonNode errors = json.readTree(response.getContentAsString()).get("errors");
        assertThat(fields(errors)).containsExactlyInAnyOrder("eventDate", "municipalityCode", "personName",
                "nationalId", "harmAssessment");
        assertThat(errors.toString()).contains("Datoen for hendelsen kan ikke være fram i tid.");

        MockHttpServletResponse hold = record("slt", notification("RETURN", nationalId(), null,
                ", \"contactHoldUntil\": \"" + today().plusDays(5) + "\", \"contactHoldReason\": \"x\""));
        assertThat(hold.getStatus()).isEqualTo(400);
        assertThat(fields(json.readTree(hold.getContentAsString()).get("errors"))).containsExactly("contactHoldUntil");
    }

    @Test
    void theMunicipalitySeesNothingUntilTheHarmAssessmentClearsIt() throws Exception {
        String id = recordNew("pst", notification("OUTBOUND_TRAVEL", nationalId(), "PENDING", ""));
        assertThat(acknowledge("politi", id)).isEqualTo(200);
        assertThat(seenBy("politi", id).get("status").asText()).isEqualTo("AWAITING_HARM_ASSESSMENT");
        assertThat(seenBy("slt", id)).isNull();
        assertThat(acknowledge("slt", id)).isEqualTo(404);

        Task assessment = tasks.createTaskQuery().processInstanceBusinessKey(id)
                .taskDefinitionKey("user_harm_assessment").singleResult();
        assertThat(tasks.getIdentityLinksForTask(assessment.getId())).anyMatch(l -> "pst".equals(l.getGroupId()));
        assertThat(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/api/v1/tasks/" + assessment.getId() + "/complete").with(httpBasic("pst", "demo"))
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON).content("""
                        {"harmAssessment": "CLEARED"}""")).andReturn().getResponse().getStatus()).isEqualTo(204);

        JsonNode atMunicipality = seenBy("slt", id);
        assertThat(atMunicipality.get("access").get("level").asText()).isEqualTo("FULL");
        assertThat(atMunicipality.get("personName").asText()).isEqualTo("Test Varselperson");
        assertThat(seenBy("asker-slt", id)).as("another municipality").isNull();
        String audit = getJson("personvern", "/api/v1/audit?caseId=" + id).toString();
        assertThat(audit).as("every read of the person is in the audit trail")
                .contains("\"username\":\"slt\"", "notificationPerson=FULL", "skadevurdering")
                .doesNotContain("Varselperson");
        assertThat(mvc.perform(get("/api/v1/notifications").with(httpBasic("helse", "demo"))).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void theSameNotificationTwiceIsLinkedToTheFirstNotDoubled() throws Exception {
        String body = notification("RETURN", nationalId(), "CLEARED", "");
        String id = recordNew("pst", body);
        MockHttpServletResponse again = record("pst", body.replace("Test Varselperson", "TEST  varselperson"));
        assertThat(again.getStatus()).isEqualTo(200);
        JsonNode linked = json.readTree(again.getContentAsString());
        assertThat(linked.get("duplicate").asBoolean()).isTrue();
        assertThat(linked.at("/notification/id").asText()).isEqualTo(id);
        assertThat(seenBy("politi", id).get("handoffs")).hasSize(1);
    }

    @Test
    void twoSubmissionsAtTheSameMomentGiveOneNotificationAndNeverAServerError() throws Exception {
        String body = notification("DEATH", nationalId(), "CLEARED", "");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<MockHttpServletResponse> submit = () -> {
                start.await();
                return record("pst", body);
            };
            List<Future<MockHttpServletResponse>> results = List.of(pool.submit(submit), pool.submit(submit));
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            for (Future<MockHttpServletResponse> result : results) {
                MockHttpServletResponse response = result.get();
                statuses.add(response.getStatus());
                ids.add(json.readTree(response.getContentAsString()).at("/notification/id").asText());
            }
            assertThat(statuses).containsExactlyInAnyOrder(201, 200);
            assertThat(ids.get(0)).isEqualTo(ids.get(1));
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<String> fields(JsonNode errors) {
        List<String> fields = new ArrayList<>();
        errors.forEach(e -> fields.add(e.get("field").asText()));
        return fields;
    }
}
