package no.samvirke.identity.web;

import java.util.UUID;
import no.samvirke.identity.Employment;
import no.samvirke.identity.MembershipKind;
import no.samvirke.identity.ServiceUnit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bearer tokens on /api from the configured providers, as an integration (or an attacker) meets them. */
class BearerTokensTest extends SingleSignOnServer {

    /** This test's own people (each test makes new ones: the database is shared with the other tests). */
    String officerId;
    String teacherId;
    String policeId;
    String pendingId;

    @BeforeEach
    void accounts() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        officerId = "sub-personvern-" + run;
        teacherId = "sub-skole-" + run;
        policeId = "A" + run;
        pendingId = "sub-new-" + run;
        active("entra", officerId, new Employment(ServiceUnit.PRIVACY, "3201", null),
                member(MembershipKind.PRIVACY_OFFICER, "3201"));
        active("entra", teacherId, new Employment(ServiceUnit.SCHOOL, "3201", null),
                member(MembershipKind.FRONTLINE, "3201"));
        active("politiet", policeId, new Employment(ServiceUnit.POLICE_PREVENTION, null, "oslo"),
                member(MembershipKind.POLICE_CONTACT, "oslo"));
        pending("entra", pendingId, "Ny Person");
    }

    @Test
    void aValidTokenSignsInTheMappedUserWithTheirRoles() throws Exception {
        String officer = token("entra", officerId, ENTRA_CLIENT, Map.of(), 300);
        HttpResponse<String> verify = api("/api/v1/audit/verify", "Bearer " + officer);
        assertThat(verify.statusCode()).as(verify.body()).isEqualTo(200);

        // a teacher's valid token works, but only with a teacher's rights
        String teacher = token("entra", teacherId, ENTRA_CLIENT, Map.of(), 300);
        assertThat(api("/api/v1/tasks", "Bearer " + teacher).statusCode()).isEqualTo(200);
        HttpResponse<String> forbidden = api("/api/v1/audit/verify", "Bearer " + teacher);
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(forbidden.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
    }

    @Test
    void thePoliceTokenMapsByTheEmployeeIdClaimNotTheSubject() throws Exception {
        String byEmployeeId = token("politiet", "some-opaque-subject", POLICE_CLIENT,
                Map.of("ansattnummer", policeId), 300);
        assertThat(api("/api/v1/tasks", "Bearer " + byEmployeeId).statusCode()).isEqualTo(200);

        // the subject alone names nobody at the police provider
        String bySubject = token("politiet", policeId, POLICE_CLIENT, Map.of(), 300);
        assertProblem(api("/api/v1/tasks", "Bearer " + bySubject), 401);
    }

    @Test
    void expiredWrongIssuerWrongAudienceAndForgedTokensAre401ProblemJson() throws Exception {
        assertProblem(api("/api/v1/tasks", "Bearer " + token("entra", officerId, ENTRA_CLIENT, Map.of(), -3600)), 401);
        // an issuer on the same server that is not configured
        assertProblem(api("/api/v1/tasks", "Bearer " + token("angriper", officerId, ENTRA_CLIENT, Map.of(), 300)), 401);
        // a token the police provider issued for another application
        assertProblem(api("/api/v1/tasks", "Bearer " + token("entra", officerId, "another-app", Map.of(), 300)), 401);
        // the entra token presented as the police's audience
        assertProblem(api("/api/v1/tasks", "Bearer " + token("entra", officerId, POLICE_CLIENT, Map.of(), 300)), 401);
        String valid = token("entra", officerId, ENTRA_CLIENT, Map.of(), 300);
        String[] parts = valid.split("\\.");
        String forged = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
        assertProblem(api("/api/v1/tasks", "Bearer " + forged), 401);
        assertProblem(api("/api/v1/tasks", "Bearer not-a-jwt"), 401);
    }

    @Test
    void pendingUnknownAndDeactivatedAccountsGetNothing() throws Exception {
        assertProblem(api("/api/v1/tasks", "Bearer " + token("entra", pendingId, ENTRA_CLIENT, Map.of(), 300)), 401);
        assertProblem(api("/api/v1/tasks", "Bearer " + token("entra", "nobody", ENTRA_CLIENT, Map.of(), 300)), 401);
        String gone = active("entra", "sub-gone-" + pendingId, new Employment(ServiceUnit.HEALTH_STATION, "3201", null),
                member(MembershipKind.FRONTLINE, "3201"));
        assertThat(api("/api/v1/tasks", "Bearer " + token("entra", "sub-gone-" + pendingId, ENTRA_CLIENT, Map.of(), 300))
                .statusCode()).isEqualTo(200);
        directory.deactivate(gone, administrator());
        assertProblem(api("/api/v1/tasks", "Bearer " + token("entra", "sub-gone", ENTRA_CLIENT, Map.of(), 300)), 401);
    }

    @Test
    void basicStaysOnTheSameChainAndDeactivationStopsItAtTheNextRequest() throws Exception {
        String basic = "Basic " + java.util.Base64.getEncoder().encodeToString("skole:demo".getBytes());
        assertThat(api("/api/v1/tasks", basic).statusCode()).isEqualTo(200);
        directory.deactivate("skole", administrator());
        try {
            assertProblem(api("/api/v1/tasks", basic), 401);
        } finally {
            directory.reactivate("skole", administrator());
        }
        assertThat(api("/api/v1/tasks", basic).statusCode()).isEqualTo(200);
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
    }
}
