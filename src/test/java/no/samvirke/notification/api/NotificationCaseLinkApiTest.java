package no.samvirke.notification.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import no.samvirke.inbox.AllTasks;
import no.samvirke.notification.NotificationLinkedToCase;
import no.samvirke.notification.NotificationReachedMunicipality;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Issue 11, path 3: linking a notification to the person's case is a disclosure. helse registers
 * a named concern (no consent: the police and SLT see it anonymised); PST records a return about
 * the same person; after the handoffs nobody who may not see that case identified learns its id,
 * its identity or that it exists — and PST's view is the same whether or not the municipality
 * holds such a case. With a consent that covers the recipient the link is made and shown.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class NotificationCaseLinkApiTest extends NotificationApiSupport {

    private static final String HEALTH_NAME = "Helsesak Kartleggesen";

    @Autowired ApplicationEvents events;
    @Autowired HistoryService history;

    @Test
    void aHealthCaseSeenAnonymisedIsNeitherLinkedNorShownToPolitiPstOrSlt() throws Exception {
        String nationalId = nationalId();
        String healthCase = registerAsHelse(nationalId);
        String id = returnReachesTheMunicipality(nationalId);

        NotificationReachedMunicipality reached = events.stream(NotificationReachedMunicipality.class)
                .filter(e -> e.notificationId().toString().equals(id)).findFirst().orElseThrow();
        assertThat(reached.caseId().toString()).as("a case is opened, as if there were none").isNotEqualTo(healthCase);
        assertThat(reached.personCaseIds()).containsExactly(reached.caseId());
        assertThat(events.stream(NotificationLinkedToCase.class).filter(e -> e.notificationId().toString().equals(id))
                .findFirst().orElseThrow().openedForIt()).isTrue();

        for (String user : List.of("politi", "pst", "slt")) {
            assertThat(logAs(user)).as(user + "'s log").doesNotContain(healthCase, HEALTH_NAME);
            assertThat(page(user, "/varslinger")).as(user + "'s page").doesNotContain(healthCase, HEALTH_NAME);
        }
        assertThat(seenBy("slt", id).get("caseId").asText()).as("slt sees the case opened for it")
                .isEqualTo(reached.caseId().toString());
        assertThat(seenBy("politi", id).get("caseId").isNull()).as("the police see the opened case anonymised").isTrue();
        assertThat(seenBy("pst", id).get("caseId").isNull()).isTrue();

        String audit = getJson("personvern", "/api/v1/audit?caseId=" + healthCase).toString();
        assertThat(audit).as("the match is recorded with its decision")
                .contains("notificationMatch=ANONYMISED", "\"username\":\"slt\"", "hpl. § 21")
                .doesNotContain("notificationMatch=FULL", nationalId);

        // Every process but the health case's own concern handling: nothing there leads to helse's case or person.
        List<String> ownCaseWork = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(healthCase)
                .list().stream().map(p -> p.getId()).toList();
        for (HistoricVariableInstance v : history.createHistoricVariableInstanceQuery().list()) {
            if (ownCaseWork.contains(v.getProcessInstanceId())) {
                continue;
            }
            assertThat(String.valueOf(v.getValue())).as("engine variable " + v.getName())
                    .doesNotContain(nationalId, HEALTH_NAME, healthCase);
        }
    }

    @Test
    void pstSeesTheSameWithAndWithoutAMatchingConcernInTheMunicipality() throws Exception {
        String withCase = nationalId();
        registerAsHelse(withCase);
        String matched = returnReachesTheMunicipality(withCase);
        String unmatched = returnReachesTheMunicipality(nationalId());

        JsonNode a = seenBy("pst", matched);
        JsonNode b = seenBy("pst", unmatched);
        assertThat(a.get("caseId").isNull()).isTrue();
        assertThat(withoutIdsAndTimes(a)).isEqualTo(withoutIdsAndTimes(b));
        JsonNode recordedA = getJson("pst", "/api/v1/notifications?type=RETURN");
        assertThat(recordedA.toString()).doesNotContain(HEALTH_NAME);
    }

    @Test
    void withAConsentCoveringTheRecipientsTheLinkIsMadeAndShownOnlyToThem() throws Exception {
        String nationalId = childNationalId();
        String healthCase = registerAsHelse(nationalId);
        mvc.perform(post("/api/v1/concerns/" + healthCase + "/consents").with(httpBasic("slt", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"givenBy": "GUARDIANS", "givenByName": "Foresatt Testesen",
                         "recipients": ["KJERNEGRUPPE", "POLICE"], "validFrom": "%s", "form": "WRITTEN", "documentReference": "2026/1234-5"}"""
                        .formatted(today()))).andExpect(result -> assertThat(result.getResponse().getStatus())
                        .as(result.getResponse().getContentAsString()).isEqualTo(201));
        String id = returnReachesTheMunicipality(nationalId);

        NotificationReachedMunicipality reached = events.stream(NotificationReachedMunicipality.class)
                .filter(e -> e.notificationId().toString().equals(id)).findFirst().orElseThrow();
        assertThat(reached.caseId().toString()).isEqualTo(healthCase);
        assertThat(seenBy("slt", id).get("caseId").asText()).isEqualTo(healthCase);
        assertThat(seenBy("politi", id).get("caseId").asText()).as("the consent names the police").isEqualTo(healthCase);
        assertThat(seenBy("pst", id).get("caseId").isNull()).as("the consent does not name PST").isTrue();
        assertThat(logAs("pst")).doesNotContain(healthCase);

        String audit = getJson("personvern", "/api/v1/audit?caseId=" + healthCase).toString();
        assertThat(audit).contains("notificationMatch=FULL", "notificationLink=FULL;notification=" + id);
        // the police's reads are in the police's privacy officer's part of the trail, not the municipality's
        assertThat(getJson("personvern-politi", "/api/v1/audit?caseId=" + healthCase).toString())
                .contains("notificationLink=FULL;notification=" + id, "\"username\":\"politi\"");
    }

    @Test
    void aLinkedCaseTimelineDoesNotLeadAMemberWhoSeesItAnonymisedToTheNotification() throws Exception {
        String nationalId = childNationalId();
        String healthCase = registerAsHelse(nationalId);
        mvc.perform(post("/api/v1/concerns/" + healthCase + "/consents").with(httpBasic("slt", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"givenBy": "GUARDIANS", "givenByName": "Foresatt Testesen", "recipients": ["KJERNEGRUPPE"],
                         "validFrom": "%s", "form": "WRITTEN", "documentReference": "2026/1234-5"}""".formatted(today())))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isEqualTo(201));
        String id = returnReachesTheMunicipality(nationalId);
        assertThat(seenBy("slt", id).get("caseId").asText()).isEqualTo(healthCase);
        assertThat(seenBy("politi", id).get("caseId").isNull()).as("the consent does not name the police").isTrue();

        String reference = seenBy("politi", id).get("reference").asText();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                getJson("slt", "/api/v1/cases/" + healthCase + "/timeline").toString()).contains("\"notification\""));
        assertThat(getJson("politi", "/api/v1/cases/" + healthCase + "/timeline").toString())
                .doesNotContain(reference, id);
    }

    /**
     * Path 3, the rest: the timeline entry of the notification is decided per viewer as the log is. The
     * consent names the kjernegruppe only: slt (the receiver) sees the link FULL, politi sees the case
     * anonymised and must not get the entry at all (its kind and time match the receipt in their log).
     */
    @Test
    void theNotificationEntryOnALinkedCaseTimelineIsOnlyForViewersWhoSeeTheLinkIdentified() throws Exception {
        String nationalId = childNationalId();
        String healthCase = linkedHealthCaseForTheKjernegruppeOnly(nationalId);
        String id = returnReachesTheMunicipality(nationalId);
        assertThat(seenBy("slt", id).get("caseId").asText()).isEqualTo(healthCase);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                getJson("slt", "/api/v1/cases/" + healthCase + "/timeline").toString()).contains("\"notification\""));
        JsonNode asSlt = getJson("slt", "/api/v1/cases/" + healthCase + "/timeline");
        assertThat(entries(asSlt, "notification")).as("the receiver sees the link FULL").hasSize(1);
        assertThat(entries(asSlt, "notification").get(0).get("outcome").asText()).isEqualTo("RETURN_FROM_PST");

        JsonNode asPolice = getJson("politi", "/api/v1/cases/" + healthCase + "/timeline");
        assertThat(asPolice.isArray()).as("politi may open the timeline").isTrue();
        assertThat(entries(asPolice, "notification")).as("no notification entry for politi").isEmpty();
        assertThat(asPolice.toString()).doesNotContain("RETURN_FROM_PST", "Varsel mottatt", id);

        String policePage = page("politi", "/saker/" + healthCase);
        assertThat(policePage).contains("timeline-heading")
                .doesNotContain("Varsel fra varslingsrutinen", "Hjemkomst – varslet av PST", "Varsel mottatt i kommunen");
        assertThat(page("slt", "/saker/" + healthCase)).contains("Varsel fra varslingsrutinen", "Varsel mottatt i kommunen");

        String audit = getJson("personvern", "/api/v1/audit?caseId=" + healthCase).toString();
        assertThat(audit).contains("notificationLink=FULL;notification=" + id, "\"purpose\":\"api:timeline\"");
    }

    /**
     * Issue 11, the last leak: the follow-up that the notification's routine starts on the linked case writes
     * its steps on the case timeline (started, plan made, …). Their kind and time tell the police's handoff
     * story as the notification entry would: politi (who sees the case anonymised) and pst (who may not open
     * the case) never get them, on the API or the page; asker-slt (the other municipality) and asker-skole
     * (a resource person from outside) cannot open the timeline at all; slt, who sees the link FULL, gets every step.
     */
    @Test
    void theFollowUpStepsOnALinkedCaseTimelineAreOnlyForViewersWhoSeeTheLinkIdentified() throws Exception {
        String nationalId = childNationalId();
        String healthCase = linkedHealthCaseForTheKjernegruppeOnly(nationalId);
        String id = returnReachesTheMunicipality(nationalId);
        assertThat(seenBy("slt", id).get("caseId").asText()).isEqualTo(healthCase);
        makeReturneePlan(healthCase, "Plan for hjemkomst.");

        JsonNode asSlt = getJson("slt", "/api/v1/cases/" + healthCase + "/timeline");
        assertThat(entries(asSlt, "followup_started")).as("the receiver sees the follow-up start").hasSize(1);
        assertThat(entries(asSlt, "followup_started").get(0).get("outcome").asText()).isEqualTo("STARTED_RETURN");
        assertThat(entries(asSlt, "user_make_returnee_plan")).as("and the plan").hasSize(1);

        JsonNode asPolice = getJson("politi", "/api/v1/cases/" + healthCase + "/timeline");
        assertThat(asPolice.isArray()).as("politi may open the timeline").isTrue();
        assertThat(entries(asPolice, "followup_started")).as("no follow-up start for politi").isEmpty();
        assertThat(entries(asPolice, "user_make_returnee_plan")).as("no returnee plan for politi").isEmpty();
        assertThat(asPolice.toString()).doesNotContain("STARTED_RETURN", "Plan for hjemkomst", id);
        assertThat(page("politi", "/saker/" + healthCase)).contains("timeline-heading")
                .doesNotContain("Plan for hjemkomst", "Oppfølging startet av varslingsrutinen",
                        "Hjemkomst: koordinert plan for oppfølging");
        assertThat(page("slt", "/saker/" + healthCase)).contains("Plan for hjemkomst",
                "Oppfølging startet av varslingsrutinen", "Hjemkomst: koordinert plan for oppfølging");
        for (String outsider : List.of("pst", "asker-slt", "asker-skole")) {
            assertThat(mvc.perform(get("/api/v1/cases/" + healthCase + "/timeline").with(httpBasic(outsider, "demo")))
                    .andReturn().getResponse().getStatus()).as(outsider).isEqualTo(404);
        }
    }

    /**
     * Path 3, the rest: the returnee follow-up started on the linked health case gives PST its part
     * (who conducts the clarification talk, the prosecution assessment); PST never sees the health
     * case's id or reference in its tasks (list, every page, inbox page, each task's API and page)
     * and still cannot open the case.
     */
    @Test
    void pstsFollowUpTasksOnALinkedCaseNeverNameTheCase() throws Exception {
        String nationalId = childNationalId();
        String healthCase = linkedHealthCaseForTheKjernegruppeOnly(nationalId);
        String healthReference = getJson("slt", "/api/v1/concerns/" + healthCase).get("reference").asText();
        assertThat(healthReference).startsWith("B-");
        String id = returnReachesTheMunicipality(nationalId);
        assertThat(seenBy("slt", id).get("caseId").asText()).isEqualTo(healthCase);
        String notificationReference = seenBy("pst", id).get("reference").asText();

        makeReturneePlan(healthCase, "Plan.");

        JsonNode pstTasks = AllTasks.of(mvc, uri -> get(uri).with(httpBasic("pst", "demo")));
        List<JsonNode> own = new java.util.ArrayList<>();
        pstTasks.forEach(t -> {
            if (id.equals(t.get("caseId").asText())) {
                own.add(t);
            }
        });
        assertThat(own).extracting(t -> t.get("taskDefinitionKey").asText()).as("PST's part, keyed to its notification")
                .contains("user_prosecution_assessment", "user_plan_returnee_talk");
        assertThat(own).allSatisfy(t -> assertThat(t.get("caseReference").asText()).isEqualTo(notificationReference));
        assertThat(pstTasks.toString()).doesNotContain(healthCase, healthReference);
        assertThat(page("pst", "/innboks?size=200")).doesNotContain(healthCase, healthReference)
                .contains(notificationReference);
        int withPlanStatus = 0;
        for (JsonNode t : own) {
            String taskId = t.get("id").asText();
            assertThat(getJson("pst", "/api/v1/tasks/" + taskId).toString()).doesNotContain(healthCase, healthReference);
            String taskPage = page("pst", "/innboks/oppgaver/" + taskId);
            assertThat(taskPage).as("task page " + t.get("taskDefinitionKey"))
                    .doesNotContain(healthCase, healthReference, HEALTH_NAME, nationalId)
                    // which municipal services follow the young person up is the linked case's, not PST's
                    .doesNotContain(SERVICE_IN_PLAN);
            if (taskPage.contains("followup-status-heading")) {
                withPlanStatus++;
                assertThat(taskPage).contains(
                        "Hvilke kommunale tjenester som er med i planen, deles ikke med deg for denne saken.");
            }
        }
        assertThat(withPlanStatus).as("PST's prosecution assessment shows the plan's status").isPositive();
        assertThat(mvc.perform(get("/api/v1/concerns/" + healthCase).with(httpBasic("pst", "demo")))
                .andReturn().getResponse().getStatus()).isEqualTo(404);

        // The routine still works: PST decides who conducts the talk from the task it sees.
        String talk = own.stream().filter(t -> "user_plan_returnee_talk".equals(t.get("taskDefinitionKey").asText()))
                .findFirst().orElseThrow().get("id").asText();
        mvc.perform(post("/api/v1/tasks/" + talk + "/complete").with(httpBasic("pst", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"conductor": "PST", "municipalAttendance": false}"""))
                .andExpect(result -> assertThat(result.getResponse().getStatus())
                        .as(result.getResponse().getContentAsString()).isEqualTo(204));
        JsonNode after = AllTasks.of(mvc, uri -> get(uri).with(httpBasic("pst", "demo")));
        assertThat(after.toString()).doesNotContain(healthCase, healthReference).contains("user_invite");
        // slt, who sees the link FULL, keeps the case on the follow-up's tasks
        assertThat(AllTasks.of(mvc, uri -> get(uri).with(httpBasic("slt", "demo"))).toString()).contains(healthCase);
    }

    private static final String SERVICE_IN_PLAN = "Barne- og ungdomstjenester";

    /** helse's named case with a consent naming the kjernegruppe (not the police, not PST). */
    private String linkedHealthCaseForTheKjernegruppeOnly(String nationalId) throws Exception {
        String healthCase = registerAsHelse(nationalId);
        mvc.perform(post("/api/v1/concerns/" + healthCase + "/consents").with(httpBasic("slt", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"givenBy": "GUARDIANS", "givenByName": "Foresatt Testesen", "recipients": ["KJERNEGRUPPE"],
                         "validFrom": "%s", "form": "WRITTEN", "documentReference": "2026/1234-5"}""".formatted(today())))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isEqualTo(201));
        return healthCase;
    }

    /** slt makes the returnee plan on the case: the child and youth services, due in 20 days. */
    private void makeReturneePlan(String caseId, String note) throws Exception {
        String plan = taskOf("slt", caseId, "user_make_returnee_plan");
        mvc.perform(post("/api/v1/tasks/" + plan + "/complete").with(httpBasic("slt", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"services": ["CHILD_AND_YOUTH"], "deadline_CHILD_AND_YOUTH": "%s", "note": "%s"}"""
                        .formatted(today().plusDays(20), note))).andExpect(result -> assertThat(
                        result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(204));
    }

    private String taskOf(String user, String caseId, String taskKey) throws Exception {
        for (JsonNode t : AllTasks.of(mvc, uri -> get(uri).with(httpBasic(user, "demo")))) {
            if (caseId.equals(t.get("caseId").asText()) && taskKey.equals(t.get("taskDefinitionKey").asText())) {
                return t.get("id").asText();
            }
        }
        throw new AssertionError(user + " has no " + taskKey + " on " + caseId);
    }

    private static List<JsonNode> entries(JsonNode timeline, String taskKey) {
        List<JsonNode> found = new java.util.ArrayList<>();
        timeline.forEach(e -> {
            if (taskKey.equals(e.get("taskKey").asText())) {
                found.add(e);
            }
        });
        return found;
    }

    private String registerAsHelse(String nationalId) throws Exception {
        String body = mvc.perform(post("/api/v1/concerns").with(httpBasic("helse", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"subject": {"anonymous": false, "name": "%s", "nationalId": "%s"},
                         "category": "RADICALISATION", "description": "Bekymring fra helsestasjonen.",
                         "subjectInformed": false, "consentToShare": false, "acuteDanger": false}"""
                        .formatted(HEALTH_NAME, nationalId))).andReturn().getResponse().getContentAsString();
        String caseId = json.readTree(body).get("id").asText();
        JsonNode asPolice = getJson("politi", "/api/v1/concerns/" + caseId);
        assertThat(asPolice.toString()).as("precondition: the police see helse's case anonymised")
                .doesNotContain(HEALTH_NAME, nationalId);
        return caseId;
    }

    /** PST records a return (harm assessment cleared); politi and slt acknowledge it. */
    private String returnReachesTheMunicipality(String nationalId) throws Exception {
        String id = recordNew("pst", notification("RETURN", nationalId, "CLEARED", ""));
        assertThat(acknowledge("politi", id)).isEqualTo(200);
        assertThat(acknowledge("slt", id)).isEqualTo(200);
        return id;
    }

    private String logAs(String user) throws Exception {
        return mvc.perform(get("/api/v1/notifications").with(httpBasic(user, "demo"))).andReturn().getResponse()
                .getContentAsString();
    }

    /** The view with what differs between any two notifications taken out: ids, references, times, PST's own input. */
    private static JsonNode withoutIdsAndTimes(JsonNode view) {
        ObjectNode copy = view.deepCopy();
        copy.remove(List.of("id", "reference", "recordedAt", "personNationalId"));
        for (JsonNode handoff : (ArrayNode) copy.get("handoffs")) {
            ((ObjectNode) handoff).remove(List.of("sentAt", "dueAt", "acknowledgedAt", "escalatedAt"));
        }
        return copy;
    }
}
