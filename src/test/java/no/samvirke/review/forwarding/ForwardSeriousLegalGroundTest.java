package no.samvirke.review.forwarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Locale;
import no.samvirke.inbox.AllTasks;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Issue 11, path 7, over HTTP: the kjernegruppe's decision to forward a serious case to the police
 * records its legal ground; what the police then see is what processes/disclosure.dmn says for that
 * ground and the source service. Real registration (the source service from the reporter's account),
 * screening and review, as the demo users.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ForwardSeriousLegalGroundTest {

    private static final String NAME = "Eirik Forsvarsdal";
    private static final String NATIONAL_ID = "15070950089";

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;
    @Autowired HistoryService history;
    @Autowired UserDetailsService userDetails;

    @Test
    void forwardingWithoutAGroundIsRefusedAndWithTheDutyToAvertThePoliceSeeWhoItIs() throws Exception {
        String id = registerNamed("skole");
        screen(id, "NAMED");
        String review = taskFor(id, "slt", "user_review_concern");

        complete(review, "slt", """
                {"decision": "FORWARD_SERIOUS", "reasons": "Alvorlig og konkret."}""")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[?(@.field == 'legalGround')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'groundJustification')]").exists());
        assertThat(groundsOf(id)).isZero();
        assertThat(taskFor(id, "slt", "user_review_concern")).isEqualTo(review);
        assertThat(subjectOf(id, "politi").has("name")).isFalse();

        complete(review, "slt", """
                {"decision": "FORWARD_SERIOUS", "reasons": "Alvorlig og konkret.", "legalGround": "DUTY_TO_AVERT",
                 "groundJustification": "Planlagt voldshandling neste uke."}""")
                .andExpect(status().is2xxSuccessful());

        JsonNode police = subjectOf(id, "politi");
        assertThat(police.get("name").asText()).isEqualTo(NAME);
        assertThat(police.get("nationalId").asText()).isEqualTo(NATIONAL_ID);
        assertThat(police.at("/access/level").asText()).isEqualTo("FULL");
        assertThat(police.at("/access/legalBasis").asText()).isEqualTo("straffeloven § 196 (avvergeplikt)");
        assertThat(page("/saker/" + id, "politi")).contains(NAME);
        assertThat(page("/innboks/oppgaver/" + taskFor(id, "politi", "user_receive_serious_referral"), "politi"))
                .contains(NAME);
        for (String outsider : new String[] {"pst", "asker-slt", "asker-skole"}) {
            mvc.perform(get("/api/v1/concerns/" + id).with(httpBasic(outsider, "demo"))).andExpect(status().isNotFound());
        }
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where case_id = ? and action = 'CHANGE'"
                        + " and purpose = 'decision:FORWARD_SERIOUS' and legal_basis = ? and username = 'slt'",
                Integer.class, java.util.UUID.fromString(id), "straffeloven § 196 (avvergeplikt)")).isEqualTo(1);
        String[] processes = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(id).list()
                .stream().map(p -> p.getId()).toArray(String[]::new);
        for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
                .processInstanceIdIn(processes).list()) {
            assertThat(variable.getName()).doesNotContainIgnoringCase("ground");
            assertThat(String.valueOf(variable.getValue())).doesNotContain("DUTY_TO_AVERT", "§", "voldshandling");
        }
    }

    @Test
    void theDutyToInformChildWelfareOpensNothingToThePolice() throws Exception {
        String id = registerNamed("skole");
        screen(id, "NAMED");
        forward(id, "DUTY_TO_INFORM_CHILD_WELFARE").andExpect(status().is2xxSuccessful());

        JsonNode police = subjectOf(id, "politi");
        assertThat(police.has("name")).isFalse();
        assertThat(police.at("/access/level").asText()).isEqualTo("ANONYMISED");
        assertThat(page("/saker/" + id, "politi")).doesNotContain(NAME, "Forsvarsdal");
        // the child-welfare member of the kjernegruppe is who the duty is owed to
        assertThat(subjectOf(id, "kjerne").get("name").asText()).isEqualTo(NAME);
    }

    @Test
    void healthInformationForwardedAsOffenceInformationStaysAnonymisedForThePolice() throws Exception {
        String id = registerNamed("helse");
        screen(id, "NAMED");
        forward(id, "OFFENCE_INFORMATION").andExpect(status().is2xxSuccessful());
        assertThat(groundsOf(id)).isEqualTo(1);

        JsonNode police = subjectOf(id, "politi");
        assertThat(police.has("name")).isFalse();
        assertThat(police.at("/access/level").asText()).isEqualTo("ANONYMISED");
        assertThat(police.at("/access/legalBasis").asText()).isEqualTo("hpl. § 21 (taushetsplikt) – kun anonymisert");
        mvc.perform(get("/api/v1/concerns/" + id).with(httpBasic("pst", "demo"))).andExpect(status().isNotFound());
    }

    @Test
    void healthInformationForwardedUnderTheHealthPersonnelGroundIsFullForThePolice() throws Exception {
        String id = registerNamed("helse");
        screen(id, "NAMED");
        forward(id, "HEALTH_PERSONNEL_TO_POLICE").andExpect(status().is2xxSuccessful());

        JsonNode police = subjectOf(id, "politi");
        assertThat(police.get("name").asText()).isEqualTo(NAME);
        assertThat(police.at("/access/legalBasis").asText()).startsWith("hpl. § 23 nr. 4 / § 31");
        for (String outsider : new String[] {"pst", "asker-slt", "asker-skole"}) {
            mvc.perform(get("/api/v1/concerns/" + id).with(httpBasic(outsider, "demo"))).andExpect(status().isNotFound());
        }
    }

    @Test
    void aRecipientCannotRecordTheGroundOfItsOwnAccess() throws Exception {
        String id = registerNamed("skole");
        screen(id, "ANONYMISED"); // anonymised discussion: the police members get the review task too
        String review = taskFor(id, "politi", "user_review_concern");

        complete(review, "politi", """
                {"decision": "FORWARD_SERIOUS", "reasons": "Alvorlig.", "legalGround": "DUTY_TO_AVERT",
                 "groundJustification": "Vi mener det er avvergeplikt."}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'legalGround')]").exists());
        assertThat(groundsOf(id)).isZero();
        assertThat(taskFor(id, "politi", "user_review_concern")).isEqualTo(review);
        assertThat(subjectOf(id, "politi").has("name")).isFalse();
    }

    @Test
    void thePageOffersTheGroundsAndExplainsAMissingOneInBokmal() throws Exception {
        String id = registerNamed("skole");
        screen(id, "NAMED");
        String review = taskFor(id, "slt", "user_review_concern");
        assertThat(page("/innboks/oppgaver/" + review, "slt"))
                .contains("name=\"legalGround\"", "value=\"DUTY_TO_AVERT\"", "value=\"HEALTH_PERSONNEL_TO_POLICE\"",
                        "hpl. § 23 nr. 4 / § 31", "for=\"groundJustification\"");

        String answer = mvc.perform(post("/innboks/oppgaver/{id}/fullfor", review).with(csrf())
                        .with(user(userDetails.loadUserByUsername("slt"))).locale(Locale.forLanguageTag("nb"))
                        .param("decision", "FORWARD_SERIOUS").param("reasons", "Alvorlig."))
                .andReturn().getResponse().getContentAsString();
        assertThat(answer).contains("Velg hjemmelen for å oversende saken til politiet.");
        assertThat(groundsOf(id)).isZero();
        assertThat(taskFor(id, "slt", "user_review_concern")).isEqualTo(review);
    }

    private ResultActions forward(String id, String ground) throws Exception {
        return complete(taskFor(id, "slt", "user_review_concern"), "slt", """
                {"decision": "FORWARD_SERIOUS", "reasons": "Alvorlig.", "legalGround": "%s",
                 "groundJustification": "Vilkårene er oppfylt."}""".formatted(ground));
    }

    private String registerNamed(String reporter) throws Exception {
        String body = """
                {"subject": {"anonymous": false, "name": "%s", "nationalId": "%s"},
                 "category": "RADICALISATION", "description": "Har truet med vold mot en medelev.",
                 "subjectInformed": false, "consentToShare": false, "acuteDanger": false}""".formatted(NAME, NATIONAL_ID);
        String response = mvc.perform(post("/api/v1/concerns").with(httpBasic(reporter, "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(response).get("id").asText();
    }

    private void screen(String id, String mode) throws Exception {
        complete(taskFor(id, "slt", "user_screen_concern"), "slt", """
                {"inScope": true, "discussionMode": "%s", "reasons": "Innenfor mandatet.", "confirmIdentifying": true}"""
                .formatted(mode)).andExpect(status().is2xxSuccessful());
    }

    private JsonNode subjectOf(String id, String user) throws Exception {
        String response = mvc.perform(get("/api/v1/concerns/" + id).with(httpBasic(user, "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return json.readTree(response).get("subject");
    }

    private String page(String uri, String username) throws Exception {
        return mvc.perform(get(uri).with(user(userDetails.loadUserByUsername(username))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private int groundsOf(String id) {
        return jdbc.queryForObject("select count(*) from case_legal_ground where case_id = ?", Integer.class,
                java.util.UUID.fromString(id));
    }

    private String taskFor(String caseId, String user, String taskKey) throws Exception {
        JsonNode tasks = AllTasks.of(mvc, uri -> get(uri).with(httpBasic(user, "demo")));
        for (JsonNode task : tasks) {
            if (caseId.equals(task.get("caseId").asText()) && taskKey.equals(task.get("taskDefinitionKey").asText())) {
                return task.get("id").asText();
            }
        }
        throw new AssertionError(user + " has no " + taskKey + " for case " + caseId);
    }

    private ResultActions complete(String taskId, String user, String input) throws Exception {
        return mvc.perform(post("/api/v1/tasks/" + taskId + "/complete").with(httpBasic(user, "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(input));
    }
}
