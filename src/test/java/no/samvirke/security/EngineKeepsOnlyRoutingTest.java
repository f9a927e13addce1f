package no.samvirke.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import no.samvirke.inbox.AllTasks;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 11, path 14 (ADR 0023): the engine keeps routing, never case facts. Every process is started
 * through its normal entry (the HTTP API) and driven along its main paths, timers included; then the
 * variable names ever present in the history and the runtime (task-local ones too) of those instances
 * must be exactly the allow-list in docs/adr/0023-what-the-engine-keeps.md, per process, and each value of
 * the row's kind: an id, a group, a flag, a closed code, a count or a date a timer needs. Never the name,
 * the national id or any text written on the way. Fails on the old code: {@code decision},
 * {@code notificationType}, {@code prosecutionDue}, {@code caseReference}, {@code variant}, ...
 */
@SpringBootTest
@AutoConfigureMockMvc
class EngineKeepsOnlyRoutingTest {

    private static final Path ADR = Path.of("docs/adr/0023-what-the-engine-keeps.md");
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Oslo"));
    private static final String NAME = "Ingrid Motorvei-Testesen";
    private static final String NATIONAL_ID = "15070950089";
    /** Every free text written on the way starts with this, so that none of it may reach the engine. */
    private static final String TEXT = "Fritekst";
    private static final Pattern UUID_PATTERN = Pattern.compile("[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}");
    private static final Pattern GROUP = Pattern.compile("[a-z0-9][a-z0-9-]*(,[a-z0-9][a-z0-9-]*)*");

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired HistoryService history;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired RepositoryService repository;

    private final Set<String> businessKeys = new LinkedHashSet<>();
    private static final Set<String> NATIONAL_IDS = new HashSet<>(Set.of(NATIONAL_ID));

    @Test
    void everyProcessKeepsExactlyTheAllowListOfAdr0023() throws Exception {
        concernWithAcuteAlertFollowUpTalkAndClosure();
        concernOutOfScope();
        concernForwardedToThePolice();
        returnThroughThePoliceToTheReturneePlan();
        outboundTravelWithHarmAssessmentToTheFamilyFollowUp();
        outboundTravelTheMunicipalityLearnedFirstWithEscalation();

        Map<String, Map<String, String>> allowed = allowList();
        Map<String, Set<String>> seen = new TreeMap<>();
        List<String> wrongKind = new ArrayList<>();
        Map<String, String> definitionKeys = new TreeMap<>();
        for (HistoricProcessInstance instance : instances()) {
            String key = repository.getProcessDefinition(instance.getProcessDefinitionId()).getKey();
            definitionKeys.put(instance.getId(), key);
        }
        assertThat(new TreeSet<>(definitionKeys.values())).as("every process was started")
                .isEqualTo(allowed.keySet().stream().filter(k -> !"*".equals(k)).collect(Collectors.toCollection(TreeSet::new)));

        String[] ids = definitionKeys.keySet().toArray(String[]::new);
        for (HistoricVariableInstance v : history.createHistoricVariableInstanceQuery().processInstanceIdIn(ids)
                .includeDeleted().list()) {
            check(definitionKeys.get(v.getProcessInstanceId()), v.getTaskId() != null, v.getName(), v.getValue(),
                    allowed, seen, wrongKind);
        }
        for (VariableInstance v : runtime.createVariableInstanceQuery().processInstanceIdIn(ids).list()) {
            check(definitionKeys.get(v.getProcessInstanceId()), v.getTaskId() != null, v.getName(), v.getValue(),
                    allowed, seen, wrongKind);
        }

        Map<String, Set<String>> expected = new TreeMap<>();
        allowed.forEach((process, rows) -> expected.put(process, new TreeSet<>(rows.keySet())));
        assertThat(seen).as("variable names per process, against the allow-list of ADR 0023").isEqualTo(expected);
        assertThat(wrongKind).as("values that are not of their row's kind").isEmpty();
    }

    // --- the paths ------------------------------------------------------------------------------

    /** Acute alert, an overdue screening, a follow-up whose date comes, a held talk, closure and both confirmations. */
    private void concernWithAcuteAlertFollowUpTalkAndClosure() throws Exception {
        String id = register(true);
        complete(id, "politi", "user_acute_police_alert", """
                {"acknowledged": true, "reasons": "%s mottatt."}""".formatted(TEXT));
        timerFires(id, "timer_screening_overdue", "service_escalate_screening");
        screen(id, true);
        complete(id, "kjerne", "user_review_concern", """
                {"decision": "FOLLOW_UP", "reasons": "%s: skolen følger opp.", "measures": "%s tiltak",
                 "measureNumbers": ["1"], "responsibleService": "SCHOOL", "followUpReviewDate": "%s"}"""
                .formatted(TEXT, TEXT, TODAY.plusMonths(3)));
        timerFires(id, "timer_follow_up_review", null);
        consentCoveringThePolice(id);
        complete(id, "kjerne", "user_review_concern", """
                {"decision": "CLARIFICATION_TALK", "reasons": "%s: politiet tar en samtale."}""".formatted(TEXT));
        complete(id, "politi", "user_invite", """
                {"minor": true, "invitee": "GUARDIANS_AND_CHILD", "proposedDate": "%s"}""".formatted(TODAY.plusDays(7)));
        timerFires(id, "timer_answer_reminder", "service_remind_conductor");
        complete(id, "politi", "user_record_answer", """
                {"answer": "ACCEPTED"}""");
        complete(id, "politi", "user_record_talk", """
                {"result": "HELD", "heldOn": "%s", "place": "%s stasjon",
                 "participants": ["SUBJECT", "GUARDIAN", "POLICE_PREVENTION"], "guardiansPresent": true,
                 "topics": ["ONLINE_ACTIVITY"], "assessment": "CONCERN_WEAKENED",
                 "reasons": "%s: %s tok avstand.", "nextSteps": "%s neste steg", "newTalkPlanned": false,
                 "notes": "%s notater"}""".formatted(TODAY, TEXT, TEXT, NAME, TEXT, TEXT));
        complete(id, "kjerne", "user_review_concern", """
                {"decision": "CLOSE", "reasons": "%s: ingen grunn til mer."}""".formatted(TEXT));
        timerFires(id, "timer_first_closed_review", null);
        complete(id, "kjerne", "user_confirm_closed_6m", """
                {"reopen": false, "reasons": "%s: fortsatt avsluttet."}""".formatted(TEXT));
        timerFires(id, "timer_second_closed_review", null);
        complete(id, "kjerne", "user_confirm_closed_12m", """
                {"reopen": false, "reasons": "%s: avsluttet for godt."}""".formatted(TEXT));
    }

    private void concernOutOfScope() throws Exception {
        screen(register(false), false);
    }

    private void concernForwardedToThePolice() throws Exception {
        String id = register(false);
        screen(id, true);
        timerFires(id, "timer_review_overdue", "service_escalate_review");
        complete(id, "kjerne", "user_review_concern", """
                {"decision": "FORWARD_SERIOUS", "reasons": "%s: alvorlig.", "legalGround": "DUTY_TO_AVERT",
                 "groundJustification": "%s: planlagt voldshandling."}""".formatted(TEXT, TEXT));
        complete(id, "politi", "user_receive_serious_referral", """
                {"acknowledged": true, "policeReference": "P-2026-1", "reasons": "%s mottatt."}""".formatted(TEXT));
    }

    /** PST → police → municipality; the returnee plan with its service parts, the talk (declined), prosecution, review. */
    private void returnThroughThePoliceToTheReturneePlan() throws Exception {
        String id = notify("pst", "RETURN", "CLEARED", ", \"contactHoldUntil\": \"" + TODAY.plusDays(30)
                + "\", \"contactHoldReason\": \"" + TEXT + " etterforskning\"");
        acknowledge("politi", id);
        acknowledge("slt", id);
        String caseId = caseOf(id);
        String due = TODAY.plusDays(20).toString();
        complete(caseId, "slt", "user_make_returnee_plan", """
                {"services": ["CHILD_AND_YOUTH", "POLICE"], "deadline_CHILD_AND_YOUTH": "%s", "deadline_POLICE": "%s",
                 "note": "%s plan"}""".formatted(due, due, TEXT));
        complete(caseId, "slt", "user_service_part", """
                {"outcome": "SERVICE_PART_DONE", "note": "%s del"}""".formatted(TEXT));
        complete(caseId, "politi", "user_service_part", """
                {"outcome": "SERVICE_PART_DONE", "note": "%s del"}""".formatted(TEXT));
        complete(caseId, "politi", "user_prosecution_assessment", """
                {"result": "NO_PROSECUTION", "note": "%s vurdering"}""".formatted(TEXT));
        complete(caseId, "pst", "user_plan_returnee_talk", """
                {"conductor": "POLICE_PREVENTION", "municipalAttendance": false}""");
        complete(caseId, "politi", "user_invite", """
                {"minor": false, "invitee": "PERSON", "proposedDate": "%s"}""".formatted(TODAY.plusDays(3)));
        complete(caseId, "politi", "user_record_answer", """
                {"answer": "DECLINED", "recommendation": "%s anbefaling"}""".formatted(TEXT));
        complete(caseId, "slt", "user_reintegration_measures", """
                {"measureNumbers": ["32"], "note": "%s tiltak"}""".formatted(TEXT));
        timerFires(caseId, "timer_returnee_next_review", null);
        complete(caseId, "slt", "user_review_returnee_plan", """
                {"closeFollowUp": true, "note": "%s avsluttet"}""".formatted(TEXT));
    }

    /** PST → police, harm assessment first, then the municipality; the family follow-up to its closing review. */
    private void outboundTravelWithHarmAssessmentToTheFamilyFollowUp() throws Exception {
        String id = notify("pst", "OUTBOUND_TRAVEL", "PENDING", "");
        acknowledge("politi", id);
        completeTask(taskOf(id, "pst", "user_harm_assessment"), "pst", """
                {"harmAssessment": "CLEARED"}""");
        acknowledge("slt", id);
        String caseId = caseOf(id);
        complete(caseId, "slt", "user_contact_family", """
                {"contactMade": true, "note": "%s kontakt"}""".formatted(TEXT));
        complete(caseId, "slt", "user_offer_follow_up", """
                {"offerAccepted": true, "note": "%s tilbud"}""".formatted(TEXT));
        complete(caseId, "slt", "user_coordinate_services", """
                {"services": ["NAV"], "measureNumbers": ["31"], "note": "%s samordning"}""".formatted(TEXT));
        timerFires(caseId, "timer_family_next_review", null);
        complete(caseId, "slt", "user_review_family_follow_up", """
                {"closeFollowUp": true, "note": "%s avsluttet"}""".formatted(TEXT));
    }

    /** The municipality learned first: it hands to the police, whose receipt is overdue twice. */
    private void outboundTravelTheMunicipalityLearnedFirstWithEscalation() throws Exception {
        String id = notify("slt", "OUTBOUND_TRAVEL", null, "");
        timerFires(id, "timer_first_escalation", "service_escalate_to_deputy");
        timerFires(id, "timer_second_escalation", "service_escalate_to_leader");
    }

    // --- the allow-list and the kinds ----------------------------------------------------------------

    /** Process key → variable → kind, from the ADR's table. */
    private static Map<String, Map<String, String>> allowList() throws Exception {
        Map<String, Map<String, String>> rows = new TreeMap<>();
        for (String line : Files.readAllLines(ADR)) {
            String[] cells = line.split("\\|");
            if (cells.length < 5 || !cells[1].trim().matches("[a-z_]+|\\*")) {
                continue;
            }
            rows.computeIfAbsent(cells[1].trim(), k -> new TreeMap<>()).put(cells[2].trim(), cells[3].trim());
        }
        assertThat(rows).as("the ADR's table").isNotEmpty();
        return rows;
    }

    private static void check(String process, boolean taskLocal, String name, Object value,
                              Map<String, Map<String, String>> allowed, Map<String, Set<String>> seen,
                              List<String> wrongKind) {
        String row = taskLocal && allowed.get("*").containsKey(name) ? "*" : process;
        seen.computeIfAbsent(row, k -> new TreeSet<>()).add(name);
        String kind = allowed.getOrDefault(row, Map.of()).get(name);
        if (kind == null) {
            return; // reported by the comparison of names
        }
        String text = String.valueOf(value);
        if (!isOfKind(kind, value) || text.contains(NAME) || NATIONAL_IDS.stream().anyMatch(text::contains)
                || text.contains(TEXT) || text.contains("Testesen")) {
            wrongKind.add(process + "." + name + " = " + text + " (" + kind + ")");
        }
    }

    private static boolean isOfKind(String kind, Object value) {
        if (value == null) {
            return kind.equals("date"); // a timer date is empty when its event cannot come (no contact hold)
        }
        String text = value.toString();
        if (kind.startsWith("code:")) {
            return codes(kind).contains(text);
        }
        if (kind.startsWith("codes:")) {
            return codes(kind).containsAll(Arrays.asList(text.split(",")));
        }
        return switch (kind) {
            case "id" -> value instanceof String && UUID_PATTERN.matcher(text).matches();
            case "group" -> value instanceof String && GROUP.matcher(text).matches();
            case "flag" -> value instanceof Boolean;
            case "date" -> value instanceof Date;
            case "count" -> value instanceof Integer;
            case "municipality" -> value instanceof String && text.matches("\\d{4}");
            case "dates" -> Arrays.stream(text.split(",")).allMatch(EngineKeepsOnlyRoutingTest::isDateTime);
            default -> false;
        };
    }

    private static Set<String> codes(String kind) {
        return Arrays.stream(kind.substring(kind.indexOf(':') + 1).split(",")).map(String::trim)
                .collect(Collectors.toSet());
    }

    private static boolean isDateTime(String text) {
        try {
            OffsetDateTime.parse(text);
            return true;
        } catch (RuntimeException notADate) {
            return false;
        }
    }

    // --- the engine's side -------------------------------------------------------------------------------

    private List<HistoricProcessInstance> instances() {
        List<HistoricProcessInstance> instances = new ArrayList<>();
        for (String key : businessKeys) {
            instances.addAll(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(key).list());
        }
        return instances;
    }

    /** A timer's time comes (the job executor is off in tests), then the async step behind it runs, if any. */
    private void timerFires(String businessKey, String timerId, String asyncStepId) {
        Job timer = jobAt(businessKey, timerId);
        assertThat(timer).as(timerId + " waits").isNotNull();
        management.executeJob(timer.getId());
        if (asyncStepId != null) {
            Job step = jobAt(businessKey, asyncStepId);
            assertThat(step).as(asyncStepId + " waits").isNotNull();
            management.executeJob(step.getId());
        }
    }

    private Job jobAt(String businessKey, String activityId) {
        for (HistoricProcessInstance instance : instances()) {
            if (!instance.getBusinessKey().equals(businessKey) || instance.getEndTime() != null) {
                continue;
            }
            List<Job> jobs = management.createJobQuery().processInstanceId(instance.getId()).activityId(activityId).list();
            if (!jobs.isEmpty()) {
                return jobs.get(0);
            }
        }
        return null;
    }

    // --- the HTTP side --------------------------------------------------------------------------------

    private String register(boolean acuteDanger) throws Exception {
        String body = """
                {"subject": {"anonymous": false, "name": "%s", "nationalId": "%s"},
                 "category": "RADICALISATION", "description": "%s: eleven har delt ekstremt materiale.",
                 "subjectInformed": false, "consentToShare": false, "acuteDanger": %s}"""
                .formatted(NAME, NATIONAL_ID, TEXT, acuteDanger);
        String id = json.readTree(send(post("/api/v1/concerns"), "skole", body, 201)).get("id").asText();
        businessKeys.add(id);
        return id;
    }

    private void screen(String id, boolean inScope) throws Exception {
        complete(id, "slt", "user_screen_concern", """
                {"inScope": %s, "discussionMode": "NAMED", "reasons": "%s: vurdert."}""".formatted(inScope, TEXT));
    }

    /** As the case owner, with the guardians' written consent: the police may know who the talk is with. */
    private void consentCoveringThePolice(String id) throws Exception {
        send(post("/api/v1/concerns/" + id + "/consents"), "slt", """
                {"givenBy": "PERSON_AND_GUARDIANS", "givenByName": "Foresatt Testesen", "recipients": ["POLICE"],
                 "validFrom": "%s", "form": "WRITTEN", "documentReference": "Arkiv 2026/77-1"}""".formatted(TODAY), 201);
    }

    private String notify(String user, String type, String harm, String extra) throws Exception {
        String body = """
                {"type": "%s", "eventDate": "%s", "municipalityCode": "3201", "personName": "%s",
                 "nationalId": "%s"%s%s}""".formatted(type, TODAY.minusDays(2), NAME, personNationalId(),
                harm == null ? "" : ", \"harmAssessment\": \"" + harm + "\"", extra);
        String id = json.readTree(send(post("/api/v1/notifications"), user, body, 201)).at("/notification/id").asText();
        businessKeys.add(id);
        return id;
    }

    private void acknowledge(String user, String id) throws Exception {
        send(post("/api/v1/notifications/" + id + "/acknowledge"), user, null, 200);
    }

    /** The municipal case the notification reached: the follow-up runs under its id. */
    private final java.util.Map<String, String> notificationOfCase = new java.util.HashMap<>();

    private String caseOf(String notificationId) throws Exception {
        for (JsonNode n : json.readTree(send(get("/api/v1/notifications"), "slt", null, 200))) {
            if (notificationId.equals(n.get("id").asText())) {
                String caseId = n.get("caseId").asText();
                businessKeys.add(caseId);
                notificationOfCase.put(caseId, notificationId);
                return caseId;
            }
        }
        throw new AssertionError("slt does not see notification " + notificationId);
    }

    private void complete(String caseId, String user, String taskKey, String input) throws Exception {
        completeTask(taskOf(caseId, user, taskKey), user, input);
    }

    private void completeTask(String taskId, String user, String input) throws Exception {
        send(post("/api/v1/tasks/" + taskId + "/complete"), user, input, 204);
    }

    private String taskOf(String caseId, String user, String taskKey) throws Exception {
        JsonNode tasks = AllTasks.of(mvc, uri -> get(uri).with(httpBasic(user, "demo")));
        for (JsonNode task : tasks) {
            // Who may not see the notification's link to the case identified sees its tasks under the notification (path 3).
            String key = task.get("caseId").asText();
            boolean ofCase = caseId.equals(key) || key.equals(notificationOfCase.get(caseId));
            if (ofCase && taskKey.equals(task.get("taskDefinitionKey").asText())) {
                return task.get("id").asText();
            }
        }
        throw new AssertionError(user + " has no " + taskKey + " for case " + caseId);
    }

    private String send(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String user,
                        String body, int expected) throws Exception {
        request.with(httpBasic(user, "demo"));
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(request.buildRequest(new org.springframework.mock.web.MockServletContext())
                .getRequestURI() + " as " + user + ": " + response.getContentAsString()).isEqualTo(expected);
        return response.getContentAsString();
    }

    private static String personNationalId() {
        String id = nationalId();
        NATIONAL_IDS.add(id);
        return id;
    }

    /** A valid national id of an adult, different each call (the notification routine links by it). */
    private static String nationalId() {
        return no.samvirke.intake.TestNationalIds.bornIn(1990, 8);
    }
}
