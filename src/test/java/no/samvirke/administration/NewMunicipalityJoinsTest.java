package no.samvirke.administration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.Set;
import no.samvirke.catalogue.Measures;
import no.samvirke.catalogue.Plan;
import no.samvirke.catalogue.Plans;
import no.samvirke.identity.CurrentUser;
import no.samvirke.identity.ExternalIdentity;
import no.samvirke.identity.ExternalSignIn;
import no.samvirke.identity.SignInOutcome;
import no.samvirke.identity.internal.SignedIn;
import no.samvirke.inbox.AllTasks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The done test of issue 12: Lier (3312, Sør-Øst) joins with the action plan; three people sign in
 * through single sign-on, an administrator approves them and grants memberships over the admin API;
 * the teacher's concern reaches Lier's SLT and kjernegruppe and nobody else (Bærum's and Asker's
 * kjernegruppe, PST, the administrator), and Lier's cases are offered the plan's measures.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NewMunicipalityJoinsTest {

    private static final String LIER = "3312";

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    ExternalSignIn signIn;
    @Autowired
    Measures measures;
    @Autowired
    Plans plans;

    private JsonNode admin(MockHttpServletRequestBuilder request, String body, int expected) throws Exception {
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        String response = mvc.perform(request.with(httpBasic("admin", "demo")))
                .andExpect(status().is(expected)).andReturn().getResponse().getContentAsString();
        return response.isEmpty() ? null : json.readTree(response);
    }

    /** A first sign-in through the provider: a pending account, no access yet. */
    private String firstSignIn(String externalId, String name) {
        SignInOutcome outcome = signIn.signIn(new ExternalIdentity("lier-idp", externalId, name,
                externalId + "@lier.example", Set.of()));
        assertThat(outcome).isInstanceOf(SignInOutcome.Pending.class);
        return ((SignInOutcome.Pending) outcome).username();
    }

    private void approveAndGrant(String username, String service, String... kinds) throws Exception {
        admin(post("/api/v1/admin/accounts/" + username + "/approve"),
                "{\"service\": \"%s\", \"municipalityCode\": \"%s\"}".formatted(service, LIER), 200);
        for (String kind : kinds) {
            admin(post("/api/v1/admin/accounts/" + username + "/memberships"),
                    "{\"kind\": \"%s\", \"scopeCode\": \"%s\", \"validFrom\": \"%s\"}".formatted(kind, LIER,
                            LocalDate.now()), 201);
        }
    }

    private RequestPostProcessor as(String username) {
        CurrentUser user = signIn.refresh(username).orElseThrow();
        return SignedIn.as(user);
    }

    private static boolean hasTask(JsonNode tasks, String caseId, String key) {
        for (JsonNode task : tasks) {
            if (caseId.equals(task.get("caseId").asText()) && (key == null
                    || key.equals(task.get("taskDefinitionKey").asText()))) {
                return true;
            }
        }
        return false;
    }

    private String taskId(JsonNode tasks, String caseId, String key) {
        for (JsonNode task : tasks) {
            if (caseId.equals(task.get("caseId").asText()) && key.equals(task.get("taskDefinitionKey").asText())) {
                return task.get("id").asText();
            }
        }
        throw new AssertionError("no " + key + " for " + caseId + " in " + tasks);
    }

    @Test
    void lierJoinsItsPeopleGetAccessAndTheirCaseStaysInLier() throws Exception {
        admin(post("/api/v1/admin/municipalities"), """
                {"code": "3312", "name": "Lier", "referencePrefix": "L", "policeDistrictCode": "sor-ost",
                 "planId": "baerum-2015"}""", 201);
        // Lier gets its own copy of the plan, for Sør-Øst, without Bærum's status texts; Bærum's stays Bærum's
        assertThat(measures.activeMeasuresFor(LIER)).isNotEmpty()
                .allSatisfy(m -> assertThat(m.planId()).isEqualTo("baerum-2015-3312"));
        Plan lierPlan = plans.find("baerum-2015-3312").orElseThrow();
        assertThat(lierPlan.municipalities()).containsExactly(LIER);
        assertThat(lierPlan.policeDistrict()).isEqualTo("sor-ost");
        assertThat(lierPlan.measures()).allSatisfy(m -> assertThat(m.statuses()).isEmpty());
        assertThat(plans.find("baerum-2015").orElseThrow().municipalities()).containsExactly("3201");

        String coordinator = firstSignIn("lier-slt", "Siri Lier-SLT");
        String member = firstSignIn("lier-kjerne", "Kjell Lier-Kjerne");
        String teacher = firstSignIn("lier-laerer", "Lene Lier-Lærer");
        JsonNode pending = admin(get("/api/v1/admin/accounts?status=PENDING"), null, 200);
        assertThat(pending.findValuesAsText("username")).contains(coordinator, member, teacher);
        // Pending: signed in, but no access to anything yet.
        assertThat(signIn.refresh(teacher)).isEmpty();

        approveAndGrant(coordinator, "SLT", "SLT_COORDINATOR", "KJERNEGRUPPE", "FRONTLINE");
        approveAndGrant(member, "CHILD_WELFARE", "KJERNEGRUPPE");
        approveAndGrant(teacher, "SCHOOL", "FRONTLINE");

        String registered = mvc.perform(post("/api/v1/concerns").with(as(teacher))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"subject": {"anonymous": true}, "category": "RADICALISATION",
                                 "description": "Eleven har delt ekstremt materiale i klassen 3. november.",
                                 "subjectInformed": false, "consentToShare": false, "acuteDanger": false}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.reference").value(org.hamcrest.Matchers.startsWith("L-")))
                .andReturn().getResponse().getContentAsString();
        String caseId = json.readTree(registered).get("id").asText();

        JsonNode sltTasks = AllTasks.of(mvc, uri -> get(uri).with(as(coordinator)));
        mvc.perform(post("/api/v1/tasks/" + taskId(sltTasks, caseId, "user_screen_concern") + "/complete")
                        .with(as(coordinator)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"inScope\": true, \"discussionMode\": \"NAMED\", \"reasons\": \"Innenfor mandatet.\"}"))
                .andExpect(status().is2xxSuccessful());

        JsonNode memberTasks = AllTasks.of(mvc, uri -> get(uri).with(as(member)));
        assertThat(hasTask(memberTasks, caseId, "user_review_concern")).isTrue();
        mvc.perform(get("/api/v1/concerns/" + caseId).with(as(member))).andExpect(status().isOk());

        for (String outsider : new String[] {"kjerne", "asker-slt", "pst", "admin"}) {
            JsonNode tasks = AllTasks.of(mvc, uri -> get(uri).with(httpBasic(outsider, "demo")));
            assertThat(hasTask(tasks, caseId, null)).as(outsider + "'s inbox").isFalse();
            mvc.perform(get("/api/v1/concerns/" + caseId).with(httpBasic(outsider, "demo")))
                    .andExpect(status().isNotFound());
        }
        assertThat(measures.activeMeasuresFor(LIER)).isNotEmpty();
    }
}
