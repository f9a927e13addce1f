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
