package no.samvirke.notification.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import no.samvirke.clarification.process.ClarificationProcess;
import no.samvirke.followup.process.ReturneeFollowUpProcess;
import no.samvirke.inbox.AllTasks;
import no.samvirke.notification.NotificationLinkedToCase;
import no.samvirke.notification.NotificationReachedMunicipality;
import no.samvirke.notification.NotificationType;
import no.samvirke.notification.process.TravelNotificationProcess;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The "done when" over the real API: pst records a return, politi forwards it, slt
 * acknowledges it, and the follow-up is told with the case id; an unacknowledged handoff
 * visibly escalates to the deputies and then the leaders.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class NotificationJourneyApiTest extends NotificationApiSupport {

    @Autowired ApplicationEvents events;
    @Autowired TaskService tasks;
    @Autowired HistoryService history;

    @Test
    void pstRecordsAReturnPolitiForwardsItSltAcknowledgesItAndTheFollowUpIsToldWithTheCase() throws Exception {
        String nationalId = nationalId();
        String id = recordNew("pst", notification("RETURN", nationalId, "CLEARED",
                ", \"contactHoldUntil\": \"" + today().plusDays(30) + "\", \"contactHoldReason\": \"Pågående etterforskning\""));

        JsonNode atPolice = seenBy("politi", id);
        assertThat(atPolice.get("personNationalId").asText()).isEqualTo(nationalId);
        assertThat(atPolice.at("/handoffs/0/toAgency").asText()).isEqualTo("POLICE");
        assertThat(atPolice.at("/handoffs/0/sharedLevel").asText()).isEqualTo("FULL");
        assertThat(seenBy("slt", id)).as("the municipality before the police forwarded it").isNull();

        assertThat(acknowledge("politi", id)).isEqualTo(200);
        JsonNode atMunicipality = seenBy("slt", id);
        assertThat(atMunicipality.get("personName").asText()).isEqualTo("Test Varselperson");
        assertThat(atMunicipality.at("/access/legalBasis").asText()).contains("skadevurdering");
        assertThat(atMunicipality.at("/handoffs/1/fromUsername").asText()).isEqualTo("politi");
        assertThat(atMunicipality.at("/handoffs/0/fromUsername").isNull()).as("PST's officer is not named to the municipality").isTrue();
        assertThat(events.stream(NotificationReachedMunicipality.class)).isEmpty();

        assertThat(acknowledge("slt", id)).isEqualTo(200);
        assertThat(acknowledge("slt", id)).as("a second receipt").isEqualTo(409);
        List<NotificationReachedMunicipality> reached = events.stream(NotificationReachedMunicipality.class).toList();
        assertThat(reached).hasSize(1);
        NotificationReachedMunicipality event = reached.get(0);
        assertThat(event.notificationId()).isEqualTo(UUID.fromString(id));
        assertThat(event.type()).isEqualTo(NotificationType.RETURN);
        assertThat(event.municipalityCode()).isEqualTo("3201");
        assertThat(event.personCaseIds()).containsExactly(event.caseId());

        String caseId = event.caseId().toString();
        JsonNode done = seenBy("slt", id);
        assertThat(done.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(done.get("caseId").asText()).isEqualTo(caseId);
        assertThat(done.at("/handoffs/1/acknowledgedBy").asText()).isEqualTo("slt");

        // The case exists for the kjernegruppe, without concern handling, with PST's hold (flag and expiry only).
        assertThat(getJson("slt", "/api/v1/concerns/" + caseId).get("id").asText()).isEqualTo(caseId);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseId)
                .processDefinitionKey("concern_handling").count()).isZero();
        JsonNode hold = getJson("slt", "/api/v1/concerns/" + caseId + "/contact-hold");
        assertThat(hold.get("held").asBoolean()).isTrue();
        assertThat(hold.get("expiresOn").asText()).isEqualTo(today().plusDays(30).toString());
        assertThat(hold.get("reason").isNull()).isTrue();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(timelineKeys(caseId)).contains("notification"));

        // ...and a returnee follow-up plan with service tasks appears (followup module).
        String plan = taskOfCase("slt", caseId, ReturneeFollowUpProcess.USER_MAKE_PLAN);
        String due = today().plusDays(20).toString();
        assertThat(mvc.perform(post("/api/v1/tasks/{id}/complete", plan).with(httpBasic("slt", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"services\":[\"CHILD_AND_YOUTH\",\"POLICE\"],"
                        + "\"deadline_CHILD_AND_YOUTH\":\"" + due + "\",\"deadline_POLICE\":\"" + due + "\","
                        + "\"note\":\"Plan avtalt.\"}")).andReturn().getResponse().getStatus()).isEqualTo(204);
        // kjerne, politi and PST do not see the notification's link to the case identified: their part names the
        // notification (path 3); slt, who does, has the case.
        assertThat(taskOfCase("kjerne", id, ReturneeFollowUpProcess.USER_SERVICE_PART)).isNotNull();
        assertThat(taskOfCase("politi", id, ReturneeFollowUpProcess.USER_SERVICE_PART)).isNotNull();
        assertThat(taskOfCase("politi", id, ClarificationProcess.USER_PLAN_RETURNEE_TALK)).isNotNull();
        assertThat(taskOfCase("pst", id, ClarificationProcess.USER_PLAN_RETURNEE_TALK)).isNotNull();
        assertThat(taskOfCase("pst", id, ReturneeFollowUpProcess.USER_PROSECUTION_ASSESSMENT)).isNotNull();
        assertThat(taskOfCase("pst", caseId, ReturneeFollowUpProcess.USER_PROSECUTION_ASSESSMENT)).isNull();

        for (HistoricVariableInstance v : history.createHistoricVariableInstanceQuery().processInstanceId(
                history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(id).singleResult().getId()).list()) {
            if (v.getTaskId() == null) {
                assertThat(TravelNotificationProcess.Vars.ALL).contains(v.getName());
            }
            assertThat(String.valueOf(v.getValue())).doesNotContain(nationalId, "Varselperson", "etterforskning");
        }
    }

    @Test
    void anUnacknowledgedHandoffEscalatesToTheDeputyAndThenTheLeaderVisiblyAndTheDeputyCanAcknowledge()
            throws Exception {
        String id = recordNew("pst", notification("OUTBOUND_TRAVEL", nationalId(), "CLEARED", ""));
        assertThat(acknowledge("politi", id)).isEqualTo(200);
        assertThat(acknowledge("kjerne", id)).as("the deputy before the deadline").isEqualTo(404);

        firstDeadlinePasses(id);
        JsonNode escalated = seenBy("politi", id, "?overdue=true");
        assertThat(escalated).as("listed as overdue").isNotNull();
        assertThat(seenBy("politi", id, "?overdue=false")).as("not among those on time").isNull();
        assertThat(seenBy("politi", id, "?type=RETURN")).as("filtered by type").isNull();
        assertThat(escalated.get("escalation").asText()).isEqualTo("DEPUTY");
        assertThat(escalated.at("/handoffs/1/escalation").asText()).isEqualTo("DEPUTY");
        assertThat(candidateGroups(id)).contains("slt-3201", "stedfortreder-slt-3201");
        assertThat(seenBy("kjerne", id)).as("the deputy sees it in the log").isNotNull();
        assertThat(page("politi", "/varslinger?overdue=true")).contains("Eskalert til stedfortreder");

        deadlinePasses(id, TravelNotificationProcess.TIMER_SECOND_ESCALATION,
                TravelNotificationProcess.SERVICE_ESCALATE_TO_LEADER);
        assertThat(seenBy("politi", id).get("escalation").asText()).isEqualTo("LEADER");
        assertThat(candidateGroups(id)).contains("leder-slt-3201");

        assertThat(acknowledge("kjerne", id)).isEqualTo(200);
        JsonNode done = seenBy("slt", id);
        assertThat(done.at("/handoffs/1/acknowledgedBy").asText()).isEqualTo("kjerne");
        assertThat(done.get("overdue").asBoolean()).isFalse();
        assertThat(events.stream(NotificationReachedMunicipality.class)).hasSize(1);
    }

    @Test
    void aNotificationAboutAPersonWithACaseTheReceiverSeesIdentifiedLinksToThatCaseAndShowsOnItsTimeline() throws Exception {
        String nationalId = childNationalId();
        String concernId = json.readTree(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/api/v1/concerns").with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.httpBasic("skole", "demo"))
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON).content("""
                        {"subject": {"anonymous": false, "name": "Test Varselperson", "nationalId": "%s"},
                         "category": "RADICALISATION", "description": "Observasjon.", "subjectInformed": false,
                         "consentToShare": false, "acuteDanger": false}""".formatted(nationalId)))
                .andReturn().getResponse().getContentAsString()).get("id").asText();
        // The link joins the notification's identity to the case: only with the case seen identified (here by consent).
        assertThat(mvc.perform(post("/api/v1/concerns/" + concernId + "/consents").with(httpBasic("slt", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"givenBy": "GUARDIANS", "givenByName": "Foresatt Testesen", "recipients": ["KJERNEGRUPPE"],
                         "validFrom": "%s", "form": "WRITTEN", "documentReference": "2026/1234-5"}""".formatted(today()))).andReturn().getResponse()
                .getStatus()).isEqualTo(201);

        String id = recordNew("pst", notification("DEATH", nationalId, "CLEARED", ""));
        acknowledge("politi", id);
        acknowledge("slt", id);

        NotificationReachedMunicipality event = events.stream(NotificationReachedMunicipality.class).findFirst().orElseThrow();
        assertThat(event.caseId()).isEqualTo(UUID.fromString(concernId));
        assertThat(event.personCaseIds()).containsExactly(UUID.fromString(concernId));
        assertThat(events.stream(NotificationLinkedToCase.class).findFirst().orElseThrow().openedForIt()).isFalse();
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(timelineKeys(concernId)).contains("notification"));
    }

    @Test
    void whenTheMunicipalityLearnsFirstItReachesTheMunicipalityAtOnceAndGoesToThePoliceThenPst() throws Exception {
        String id = recordNew("slt", notification("RETURN", nationalId(), null, ""));
        assertThat(events.stream(NotificationReachedMunicipality.class)).hasSize(1);
        assertThat(seenBy("pst", id)).as("PST before the police forwarded it").isNull();
        assertThat(seenBy("politi", id).at("/handoffs/0/legalBasis").asText()).contains("fvl. § 13 b nr. 6");

        assertThat(acknowledge("politi", id)).isEqualTo(200);
        assertThat(acknowledge("pst", id)).isEqualTo(200);
        JsonNode atPst = seenBy("pst", id);
        assertThat(atPst.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(atPst.at("/handoffs/1/toAgency").asText()).isEqualTo("PST");
    }

    private List<String> candidateGroups(String id) {
        String taskId = tasks.createTaskQuery().processInstanceBusinessKey(id)
                .taskDefinitionKey(TravelNotificationProcess.USER_ACKNOWLEDGE_HANDOFF).singleResult().getId();
        return tasks.getIdentityLinksForTask(taskId).stream().map(IdentityLink::getGroupId).toList();
    }

    private List<String> timelineKeys(String caseId) throws Exception {
        JsonNode timeline = getJson("slt", "/api/v1/cases/" + caseId + "/timeline");
        JsonNode entries = timeline.isArray() ? timeline : timeline.path("entries");
        return java.util.stream.StreamSupport.stream(entries.spliterator(), false)
                .map(e -> e.path("taskKey").asText()).toList();
    }

    /** The id of the user's open task with this key on the case (from the task API), or null. */
    private String taskOfCase(String user, String caseId, String key) throws Exception {
        for (JsonNode task : AllTasks.of(mvc, uri -> get(uri).with(httpBasic(user, "demo")))) {
            if (caseId.equals(task.path("caseId").asText()) && key.equals(task.path("taskDefinitionKey").asText())) {
                return task.get("id").asText();
            }
        }
        return null;
    }
}
