package no.samvirke.notification.api;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.ZoneId;
import no.samvirke.notification.process.TravelNotificationProcess;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** Requests and fixtures for the notification API tests. Every person is made up and new per test. */
abstract class NotificationApiSupport {

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired ManagementService management;
    @Autowired org.camunda.bpm.engine.RuntimeService runtime;
    @Autowired org.springframework.security.core.userdetails.UserDetailsService userDetails;

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Oslo"));
    }

    /** A made-up but valid fødselsnummer (born 2006–2011), different in every call. */
    static String nationalId() {
        return nationalIdBorn(2006, 6);
    }

    /** A child (born 2012-2013): only the guardians may consent for them (processes/consent.dmn). */
    static String childNationalId() {
        return nationalIdBorn(2012, 2);
    }

    private static String nationalIdBorn(int fromYear, int years) {
        return no.samvirke.intake.TestNationalIds.bornIn(fromYear, years);
    }

    static String notification(String type, String nationalId, String harm, String extra) {
        return """
                {"type": "%s", "eventDate": "%s", "municipalityCode": "3201", "personName": "Test Varselperson",
                 "nationalId": "%s"%s%s}""".formatted(type, today().minusDays(2), nationalId,
                harm == null ? "" : ", \"harmAssessment\": \"" + harm + "\"", extra);
    }

    MockHttpServletResponse record(String user, String body) throws Exception {
        return mvc.perform(post("/api/v1/notifications").with(httpBasic(user, "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse();
    }

    String recordNew(String user, String body) throws Exception {
        MockHttpServletResponse response = record(user, body);
        if (response.getStatus() != 201) {
            throw new AssertionError(response.getStatus() + " " + response.getContentAsString());
        }
        return json.readTree(response.getContentAsString()).at("/notification/id").asText();
    }

    int acknowledge(String user, String id) throws Exception {
        return mvc.perform(post("/api/v1/notifications/" + id + "/acknowledge").with(httpBasic(user, "demo")))
                .andReturn().getResponse().getStatus();
    }

    /** The notification as {@code user} sees it in the log, or null when it is not there for them. */
    JsonNode seenBy(String user, String id) throws Exception {
        return seenBy(user, id, "");
    }

    JsonNode seenBy(String user, String id, String query) throws Exception {
        String body = mvc.perform(get("/api/v1/notifications" + query).with(httpBasic(user, "demo")))
                .andReturn().getResponse().getContentAsString();
        for (JsonNode n : json.readTree(body)) {
            if (id.equals(n.get("id").asText())) {
                return n;
            }
        }
        return null;
    }

    /** A page as a signed-in user sees it (pages use the login session, not Basic). */
    String page(String user, String path) throws Exception {
        return mvc.perform(get(path).accept(MediaType.TEXT_HTML).with(org.springframework.security.test.web.servlet
                        .request.SecurityMockMvcRequestPostProcessors.user(userDetails.loadUserByUsername(user))))
                .andReturn().getResponse().getContentAsString();
    }

    JsonNode getJson(String user, String path) throws Exception {
        return json.readTree(mvc.perform(get(path).with(httpBasic(user, "demo"))).andReturn().getResponse()
                .getContentAsString());
    }

    /** The receipt deadline passes: the timer fires and its escalation job runs (the job executor is off in tests). */
    void deadlinePasses(String id, String timerId, String escalationId) {
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(id)
                .processDefinitionKey(TravelNotificationProcess.KEY).singleResult().getId();
        Job timer = management.createJobQuery().processInstanceId(instance).timers().activityId(timerId)
                .singleResult();
        management.executeJob(timer.getId());
        Job escalation = management.createJobQuery().processInstanceId(instance).activityId(escalationId)
                .singleResult();
        management.executeJob(escalation.getId());
    }

    void firstDeadlinePasses(String id) {
        deadlinePasses(id, TravelNotificationProcess.TIMER_FIRST_ESCALATION,
                TravelNotificationProcess.SERVICE_ESCALATE_TO_DEPUTY);
    }
}
