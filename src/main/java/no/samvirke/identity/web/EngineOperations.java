package no.samvirke.identity.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * What the engine operator may do, as an allow-list (ADR 0020): read definitions, instances,
 * incidents, jobs and their history, and retry or suspend. Everything else on Camunda's REST API,
 * and on its mirror under Cockpit, is refused: deployments, variables, tasks, messages, starts,
 * modifications, users, groups and authorizations. The paths are relative to the API's root.
 */
final class EngineOperations {

    static final List<String> READ = List.of(
            "/engine", "/version",
            "/process-definition", "/process-definition/count", "/process-definition/statistics",
            "/process-definition/*", "/process-definition/*/xml", "/process-definition/*/statistics",
            "/process-definition/key/*", "/process-definition/key/*/xml",
            "/process-instance", "/process-instance/count", "/process-instance/*",
            "/process-instance/*/activity-instances",
            "/execution", "/execution/count", "/execution/*",
            "/incident", "/incident/count", "/incident/*",
            "/job", "/job/count", "/job/*", "/job/*/stacktrace",
            "/job-definition", "/job-definition/count", "/job-definition/*",
            "/decision-definition", "/decision-definition/count", "/decision-definition/*",
            "/decision-definition/*/xml",
            "/decision-requirements-definition", "/decision-requirements-definition/count",
            "/decision-requirements-definition/*", "/decision-requirements-definition/*/xml",
            "/deployment", "/deployment/count", "/deployment/*", "/deployment/*/resources",
            "/deployment/*/resources/*", "/deployment/*/resources/*/data",
            "/history/process-instance", "/history/process-instance/count", "/history/process-instance/*",
            "/history/activity-instance", "/history/activity-instance/count",
            "/history/incident", "/history/incident/count", "/history/job-log", "/history/job-log/count",
            "/batch", "/batch/count", "/batch/statistics", "/batch/*",
            "/authorization/check", "/user/*/profile");

    /** Queries sent as POST (a body instead of a query string): they change nothing. */
    static final List<String> QUERY = List.of(
            "/process-instance", "/process-instance/count", "/execution", "/execution/count",
            "/job", "/job/count", "/history/process-instance", "/history/process-instance/count",
            "/history/activity-instance", "/history/activity-instance/count");

    static final List<String> OPERATE_POST = List.of("/job/retries", "/process-instance/suspended-async");

    static final List<String> OPERATE_PUT = List.of(
            "/job/*/retries", "/job-definition/*/retries",
            "/job/*/suspended", "/job/suspended", "/job-definition/*/suspended", "/job-definition/suspended",
            "/process-instance/*/suspended", "/process-instance/suspended",
            "/process-definition/*/suspended", "/process-definition/key/*/suspended", "/process-definition/suspended",
            "/incident/*/annotation");

    static final List<String> OPERATE_DELETE = List.of("/incident/*/annotation");

    private EngineOperations() {
    }

    /** The allowed requests on an engine API rooted at {@code root} ("/engine-rest"). */
    static RequestMatcher allowedUnder(String root) {
        List<RequestMatcher> matchers = new ArrayList<>();
        add(matchers, HttpMethod.GET, root, READ);
        add(matchers, HttpMethod.HEAD, root, READ);
        add(matchers, HttpMethod.POST, root, QUERY);
        add(matchers, HttpMethod.POST, root, OPERATE_POST);
        add(matchers, HttpMethod.PUT, root, OPERATE_PUT);
        add(matchers, HttpMethod.DELETE, root, OPERATE_DELETE);
        return new OrRequestMatcher(matchers);
    }

    static RequestMatcher any(HttpMethod method, String... patterns) {
        List<RequestMatcher> matchers = new ArrayList<>();
        add(matchers, method, "", List.of(patterns));
        return new OrRequestMatcher(matchers);
    }

    private static void add(List<RequestMatcher> matchers, HttpMethod method, String root, List<String> paths) {
        for (String path : paths) {
            matchers.add(PathPatternRequestMatcher.withDefaults().matcher(method, root + path));
        }
    }
}
