package no.samvirke.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.samvirke.audit.AuditTrail;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 11, path 1 (ADR 0020): the engine operator ({@code admin}) can operate the engine but not
 * deploy code, read or write variables, complete tasks or use Tasklist; BPMN expressions reach
 * only process beans; and every request of theirs is in the audit trail.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EngineLockDownTest {

    private static final String ATTACK = "${jdbcTemplate.queryForList('select subject_name, subject_national_id"
            + " from concern')}";
    private static final String SECRET = "c0ffee00-0000-4000-8000-00000000cafe";

    @LocalServerPort
    int port;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    IdentityService identity;
    @Autowired
    AuditTrail auditTrail;
    @Autowired
    JdbcTemplate jdbc;

    private final List<String> deployments = new ArrayList<>();
    private ProcessInstance waiting;

    @BeforeEach
    void deployAWaitingProcessAsTheApplicationWould() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("lockdown_waiting").camundaHistoryTimeToLive(1)
                .startEvent().intermediateCatchEvent("timer_wait").timerWithDuration("PT1H").endEvent().done();
        deployments.add(repository.createDeployment().addModelInstance("lockdown-waiting.bpmn", model).deploy().getId());
        waiting = runtime.startProcessInstanceByKey("lockdown_waiting", Map.of("concernId", SECRET));
    }

    @AfterEach
    void removeTestDeployments() {
        deployments.forEach(id -> repository.deleteDeployment(id, true));
    }

    @Test
    void theAttackFromTheIssueIsRefusedAndDeploysNothing() throws Exception {
        long before = repository.createDeploymentQuery().count();
        BpmnModelInstance attack = Bpmn.createExecutableProcess("attack").camundaHistoryTimeToLive(1).startEvent()
                .serviceTask("service_read").camundaExpression(ATTACK).camundaResultVariable("rows").endEvent().done();

        HttpResponse<String> create = multipart("/engine-rest/deployment/create", "attack.bpmn",
                Bpmn.convertToString(attack));
        assertThat(create.statusCode()).isEqualTo(403);
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(before);
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("attack").count()).isZero();

        String deployment = deployments.get(0);
        assertThat(admin("POST", "/engine-rest/deployment/" + deployment + "/redeploy", "{}").statusCode())
                .isEqualTo(403);
        assertThat(admin("DELETE", "/engine-rest/deployment/" + deployment + "?cascade=true", null).statusCode())
                .isEqualTo(403);
        String definition = waiting.getProcessDefinitionId();
        assertThat(admin("DELETE", "/engine-rest/process-definition/" + definition, null).statusCode()).isEqualTo(403);
        assertThat(admin("POST", "/engine-rest/process-definition/key/lockdown_waiting/start", "{}").statusCode())
                .isEqualTo(403);
        assertThat(admin("POST", "/engine-rest/decision-definition/key/disclosure/evaluate", "{}").statusCode())
                .isEqualTo(403);
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(before);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("lockdown_waiting").count()).isOne();
    }

    @Test
    void variablesCanBeNeitherReadNorWritten() throws Exception {
        String instance = waiting.getId();
        for (String path : List.of("/engine-rest/variable-instance", "/engine-rest/history/variable-instance",
                "/engine-rest/process-instance/" + instance + "/variables", "/engine-rest/history/detail",
                "/engine-rest/execution/" + instance + "/localVariables")) {
            HttpResponse<String> response = admin("GET", path, null);
            assertThat(response.statusCode()).as(path).isEqualTo(403);
            assertThat(response.body()).as(path).doesNotContain(SECRET);
        }
        assertThat(admin("PUT", "/engine-rest/process-instance/" + instance + "/variables/concernId",
                "{\"value\":\"x\",\"type\":\"String\"}").statusCode()).isEqualTo(403);
        assertThat(admin("POST", "/engine-rest/process-instance/" + instance + "/variables",
                "{\"modifications\":{\"concernId\":{\"value\":\"x\"}}}").statusCode()).isEqualTo(403);
        assertThat(admin("DELETE", "/engine-rest/process-instance/" + instance + "/variables/concernId", null)
                .statusCode()).isEqualTo(403);
        assertThat(admin("POST", "/engine-rest/message", "{\"messageName\":\"m\"}").statusCode()).isEqualTo(403);
        assertThat(admin("POST", "/engine-rest/process-instance/" + instance + "/modification",
                "{\"instructions\":[]}").statusCode()).isEqualTo(403);
        assertThat(runtime.getVariable(instance, "concernId")).isEqualTo(SECRET);
    }

    @Test
    void camundaAuthorizationGivesTheOperatorNoVariables() {
        identity.setAuthentication("admin", List.of("samvirkeOperators"));
        try {
            assertThat(runtime.createProcessInstanceQuery().processInstanceId(waiting.getId()).count()).isOne();
            assertThat(runtime.createVariableInstanceQuery().processInstanceIdIn(waiting.getId()).list()).isEmpty();
            assertThat(repository.createDeploymentQuery().count()).isPositive();
        } finally {
            identity.clearAuthentication();
        }
        assertThat(runtime.createVariableInstanceQuery().processInstanceIdIn(waiting.getId()).list()).hasSize(1);
    }

    @Test
    void tasklistAndTaskWritesAreRefused() throws Exception {
        Browser browser = new Browser();
        browser.login("admin", "demo");
        HttpResponse<String> cockpit = browser.get("/camunda/app/cockpit/default/");
        assertThat(cockpit.statusCode()).as(cockpit.headers().map().toString()).isEqualTo(200);
        assertThat(browser.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(403);
        assertThat(browser.get("/camunda/app/admin/default/").statusCode()).isEqualTo(403);
        assertThat(browser.get("/camunda/api/engine/engine/default/task").statusCode()).isEqualTo(403);
        assertThat(browser.get("/camunda/api/engine/engine/default/variable-instance").statusCode()).isEqualTo(403);
        assertThat(browser.get("/camunda/api/engine/engine/default/process-definition").statusCode()).isEqualTo(200);
        assertThat(admin("GET", "/engine-rest/task", null).statusCode()).isEqualTo(403);
        String task = UUID.randomUUID().toString();
        assertThat(admin("POST", "/engine-rest/task/" + task + "/complete", "{}").statusCode()).isEqualTo(403);
        assertThat(admin("POST", "/engine-rest/task/" + task + "/submit-form", "{}").statusCode()).isEqualTo(403);
        assertThat(admin("POST", "/engine-rest/task/" + task + "/resolve", "{}").statusCode()).isEqualTo(403);
        assertThat(admin("POST", "/engine-rest/authorization/create", "{}").statusCode()).isEqualTo(403);
        assertThat(admin("POST", "/engine-rest/group/samvirkeOperators/members/admin", null).statusCode())
                .isNotEqualTo(204);
    }

    @Test
    void operationsStillWorkAndEveryRequestIsAudited() throws Exception {
        HttpResponse<String> definitions = admin("GET", "/engine-rest/process-definition?key=lockdown_waiting", null);
        assertThat(definitions.statusCode()).isEqualTo(200);
        assertThat(definitions.body()).contains("lockdown_waiting");
        assertThat(admin("GET", "/engine-rest/process-instance/" + waiting.getId(), null).statusCode()).isEqualTo(200);
        String job = management.createJobQuery().processInstanceId(waiting.getId()).singleResult().getId();
        assertThat(admin("PUT", "/engine-rest/job/" + job + "/retries", "{\"retries\":5}").statusCode()).isEqualTo(204);
        assertThat(management.createJobQuery().jobId(job).singleResult().getRetries()).isEqualTo(5);
        assertThat(admin("PUT", "/engine-rest/process-instance/" + waiting.getId() + "/suspended",
                "{\"suspended\":true}").statusCode()).isEqualTo(204);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(waiting.getId()).singleResult()
                .isSuspended()).isTrue();
        assertThat(admin("POST", "/engine-rest/deployment/create?secret=" + SECRET, "").statusCode()).isEqualTo(403);

        auditTrail.chainPending();
        List<String> entries = jdbc.queryForList("select items || ' ' || purpose from audit_entry"
                + " where action = 'OPERATE' and username = 'admin'", String.class);
        assertThat(entries).contains("GET /engine-rest/process-definition engine:operation status=200",
                "PUT /engine-rest/job/" + job + "/retries engine:operation status=204",
                "PUT /engine-rest/process-instance/" + waiting.getId() + "/suspended engine:operation status=204",
                "POST /engine-rest/deployment/create engine:operation status=403");
        assertThat(entries).noneMatch(e -> e.contains(SECRET));
    }

    @Test
    void expressionsReachOnlyProcessBeans() {
        for (String expression : List.of(ATTACK, "${dataSource.connection}", "${auditTrail.verify()}")) {
            String key = "bean_" + deployments.size();
            deployOwn(key, expression);
            assertThatThrownBy(() -> runtime.startProcessInstanceByKey(key)).as(expression)
                    .isInstanceOf(ProcessEngineException.class).hasMessageContaining("Unknown property");
        }
        deployOwn("bean_allowed", "${concernTimers.firstClosedReview}");
        String id = runtime.startProcessInstanceByKey("bean_allowed").getId();
        assertThat(jdbc.queryForObject("select text_ from act_hi_varinst where proc_inst_id_ = ? and name_ = 'result'",
                String.class, id)).isEqualTo("P6M");
    }

    private void deployOwn(String key, String expression) {
        BpmnModelInstance model = Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1).startEvent()
                .serviceTask("service_eval").camundaExpression(expression).camundaResultVariable("result")
                .endEvent().done();
        deployments.add(repository.createDeployment().addModelInstance(key + ".bpmn", model).deploy().getId());
    }

    private HttpResponse<String> admin(String method, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Authorization", basic("admin"))
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> multipart(String path, String fileName, String content) throws Exception {
        String boundary = "samvirke" + UUID.randomUUID();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nattack\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
        HttpRequest request = HttpRequest.newBuilder(uri(path)).header("Authorization", basic("admin"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** A cookie-keeping client that signs in through the login form, as a browser would. */
    private final class Browser {
        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return client.send(HttpRequest.newBuilder(uri(path)).header("Accept", "*/*").build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        void login(String user, String password) throws IOException, InterruptedException {
            Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(get("/login").body());
            assertThat(csrf.find()).isTrue();
            String form = "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(csrf.group(1));
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri("/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.headers().firstValue("Location").orElse("")).as("signed in").doesNotContain("error");
        }

        private static String enc(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }
}
