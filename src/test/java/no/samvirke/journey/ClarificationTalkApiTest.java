package no.samvirke.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import no.samvirke.catalogue.process.MeasureRuns;
import no.samvirke.clarification.TalkApiClient;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 6 "done": kjerne refers a case to a clarification talk (once the police may know who it is
 * about), politi invites and records the talk, and the kjernegruppe sees the police's assessment (as
 * sharing discloses police text to it) while the notes stay police-only — over the real API, on H2 or
 * PostgreSQL, with nothing personal in the engine.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ClarificationTalkApiTest {

    private static final String NAME = "Kari Avklaring-Testesen";
    private static final String NOTES = "HEMMELIG: politiets notater om nettverket";

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired HistoryService history;
    @Autowired UserDetailsService userDetails;
    @Autowired MeasureRuns measureRuns;
    private TalkApiClient api;

    @BeforeEach
    void client() {
        api = new TalkApiClient(mvc, json);
    }

    @Test
    void kjerneRefersPolitiRecordsAndTheKjernegruppeSeesTheAssessmentButNeverTheNotes() throws Exception {
        int year = TalkApiClient.TODAY.getYear();
        long talksBefore = measureRuns.count("baerum-2015", 22, year).total();
        String caseId = api.register(NAME);
        api.screenedIn(caseId);
        String review = api.taskFor(caseId, "kjerne", "user_review_concern");
        String referral = """
                {"decision": "CLARIFICATION_TALK", "reasons": "Politiet tar en avklaringssamtale."}""";
        api.completing(review, "kjerne", referral)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("decision"));
        api.consentCoveringThePolice(caseId);
        api.completing(review, "kjerne", referral).andExpect(status().is2xxSuccessful());

        api.complete(caseId, "politi", "user_invite", """
                {"minor": true, "invitee": "GUARDIANS_AND_CHILD", "proposedDate": "%s"}"""
                .formatted(TalkApiClient.TODAY.plusDays(7)));
        api.complete(caseId, "politi", "user_record_answer", """
                {"answer": "ACCEPTED"}""");
        api.complete(caseId, "politi", "user_record_talk", """
                {"result": "HELD", "heldOn": "%s", "place": "Sandvika politistasjon",
                 "participants": ["SUBJECT", "GUARDIAN", "POLICE_PREVENTION"], "guardiansPresent": true,
                 "topics": ["ONLINE_ACTIVITY", "HELP_AND_SUPPORT"], "assessment": "CONCERN_WEAKENED",
                 "reasons": "%s tok avstand fra materialet og har et godt nettverk.",
                 "nextSteps": "Skolen følger opp med samtaler hver måned.", "newTalkPlanned": false,
                 "notes": "%s"}""".formatted(TalkApiClient.TODAY, NAME, NOTES));

        // back to the kjernegruppe's review, with the talk on the timeline and counted under measure 22
        api.taskFor(caseId, "kjerne", "user_review_concern");
        assertThat(measureRuns.count("baerum-2015", 22, year).total()).isEqualTo(talksBefore + 1);
        JsonNode kjerneTalk = api.read("/api/v1/clarification-talks?caseId=" + caseId, "kjerne").get("talks").get(0);
        assertThat(kjerneTalk.get("status").asText()).isEqualTo("HELD");
        assertThat(kjerneTalk.get("assessment").asText()).isEqualTo("CONCERN_WEAKENED");
        assertThat(kjerneTalk.get("nextSteps").asText()).isEqualTo("Skolen følger opp med samtaler hver måned.");
        assertThat(kjerneTalk.get("reasons").asText()).contains("tok avstand").doesNotContain("Avklaring-Testesen");
        assertThat(kjerneTalk.get("details").isNull()).isTrue();
        assertThat(kjerneTalk.toString()).doesNotContain("HEMMELIG", "Sandvika");

        String timeline = api.read("/api/v1/cases/" + caseId + "/timeline", "kjerne").toString();
        assertThat(timeline).contains("clarification_talk", "CONCERN_WEAKENED", "Skolen følger opp")
                .doesNotContain("HEMMELIG", "Sandvika");
        assertThat(api.read("/api/v1/concerns/" + caseId + "/information", "kjerne").toString()).doesNotContain("HEMMELIG");

        JsonNode policeTalk = api.read("/api/v1/clarification-talks/" + kjerneTalk.get("id").asText(), "politi");
        assertThat(policeTalk.get("details").get("notes").asText()).isEqualTo(NOTES);
        assertThat(policeTalk.get("details").get("place").asText()).isEqualTo("Sandvika politistasjon");
        assertThat(policeTalk.get("details").get("guardiansPresent").asBoolean()).isTrue();

        mvc.perform(get("/api/v1/clarification-talks?caseId=" + caseId).with(httpBasic("skole", "demo")))
                .andExpect(status().isNotFound());
        assertThat(page("/saker/" + caseId + "/avklaringssamtaler", "kjerne")).contains("Bekymringen er svekket")
                .doesNotContain("HEMMELIG", "Sandvika", "Avklaring-Testesen");
        assertThat(page("/saker/" + caseId + "/avklaringssamtaler", "politi")).contains("HEMMELIG", "Sandvika");
        for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery().list()) {
            assertThat(String.valueOf(variable.getValue())).doesNotContain("Avklaring-Testesen",
                    TalkApiClient.NATIONAL_ID, "HEMMELIG", "Sandvika", "tok avstand");
        }
    }

    private String page(String path, String user) throws Exception {
        return mvc.perform(get(path).with(user(userDetails.loadUserByUsername(user)))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }
}
