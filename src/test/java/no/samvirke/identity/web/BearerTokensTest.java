package no.samvirke.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Bearer tokens on /api from the configured providers, as an integration (or an attacker) meets them. */
class BearerTokensTest extends SingleSignOnServer {

    @Autowired
    FakeExternalSignIn accounts;

    @BeforeEach
    void linkAccounts() {
        accounts.link("entra", "sub-personvern", "personvern", "ACTIVE");
        accounts.link("entra", "sub-skole", "skole", "ACTIVE");
        accounts.link("politiet", "A123456", "politi", "ACTIVE");
        accounts.link("entra", "sub-new", "entra-sub-new", "PENDING");
    }

    @Test
    void aValidTokenSignsInTheMappedUserWithTheirRoles() throws Exception {
        String officer = token("entra", "sub-personvern", ENTRA_CLIENT, Map.of(), 300);
        HttpResponse<String> verify = api("/api/v1/audit/verify", "Bearer " + officer);
        assertThat(verify.statusCode()).as(verify.body()).isEqualTo(200);

        // a teacher's valid token works, but only with a teacher's rights
        String teacher = token("entra", "sub-skole", ENTRA_CLIENT, Map.of(), 300);
        assertThat(api("/api/v1/tasks", "Bearer " + teacher).statusCode()).isEqualTo(200);
        HttpResponse<String> forbidden = api("/api/v1/audit/verify", "Bearer " + teacher);
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(forbidden.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
    }

    @Test
    void thePoliceTokenMapsByTheEmployeeIdClaimNotTheSubject() throws Exception {
        String byEmployeeId = token("politiet", "some-opaque-subject", POLICE_CLIENT,
                Map.of("ansattnummer", "A123456"), 300);
        assertThat(api("/api/v1/tasks", "Bearer " + byEmployeeId).statusCode()).isEqualTo(200);

        // the subject alone names nobody at the police provider
        String bySubject = token("politiet", "A123456", POLICE_CLIENT, Map.of(), 300);
        assertProblem(api("/api/v1/tasks", "Bearer " + bySubject), 401);
    }

    @Test
    void expiredWrongIssuerWrongAudienceAndForgedTokensAre401ProblemJson() throws Exception {
        assertProblem(api("/api/v1/tasks", "Bearer " + token("entra", "sub-personvern", ENTRA_CLIENT, Map.of(), -3600)), 401);
        // an issuer on the same server that is not configured
        assertProblem(api("/api/v1/tasks", "Bearer " + token("angriper", "sub-personvern", ENTRA_CLIENT, Map.of(), 300)), 401);
        // a token the police provider issued for another application
        assertProblem(api("/api/v1/tasks", "Bearer " + token("entra", "sub-personvern", "another-app", Map.of(), 300)), 401);
        // the entra token presented as the police's audience
        assertProblem(api("/api/v1/tasks", "Bearer " + token("entra", "sub-personvern", POLICE_CLIENT, Map.of(), 300)), 401);
        String valid = token("entra", "sub-personvern", ENTRA_CLIENT, Map.of(), 300);
        String[] parts = valid.split("\\.");
        String forged = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
        assertProblem(api("/api/v1/tasks", "Bearer " + forged), 401);
        assertProblem(api("/api/v1/tasks", "Bearer not-a-jwt"), 401);
    }

    @Test
    void pendingUnknownAndDeactivatedAccountsGetNothing() throws Exception {
        assertProblem(api("/api/v1/tasks", "Bearer " + token("entra", "sub-new", ENTRA_CLIENT, Map.of(), 300)), 401);
        assertProblem(api("/api/v1/tasks", "Bearer " + token("entra", "nobody", ENTRA_CLIENT, Map.of(), 300)), 401);
        accounts.link("entra", "sub-gone", "helse", "DEACTIVATED");
        assertProblem(api("/api/v1/tasks", "Bearer " + token("entra", "sub-gone", ENTRA_CLIENT, Map.of(), 300)), 401);
    }

    @Test
    void basicStaysOnTheSameChainAndDeactivationStopsItAtTheNextRequest() throws Exception {
        String basic = "Basic " + java.util.Base64.getEncoder().encodeToString("skole:demo".getBytes());
        assertThat(api("/api/v1/tasks", basic).statusCode()).isEqualTo(200);
        accounts.status.put("skole", "DEACTIVATED");
        try {
            assertProblem(api("/api/v1/tasks", basic), 401);
        } finally {
            accounts.status.put("skole", "ACTIVE");
        }
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
    }
}
