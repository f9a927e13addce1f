package no.samvirke.sharing.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A named concern from the school (no consent at registration; the subject born 15.07.2009, so
 * 15-17 years old: processes/consent.dmn asks for the person and the guardians together) and
 * consent calls over the API.
 */
final class ConsentTestSupport {

    static final String NAME = "Ola Nordmann-Testesen";
    static final String NATIONAL_ID = "15070950089";
    static final String GIVER = "Kari Foresatt-Testesen";
    /** The archive number of the signed consent (a written consent needs one). */
    static final String DOCUMENT = "Arkiv 2026/1234-5";
    /** Everything that would identify the subject or the giver, in the forms it could leak. */
    static final String[] IDENTITY = {"Nordmann", "Testesen", NATIONAL_ID, "2009-07-15", "15.07.2009", "150709",
            "Kari Foresatt"};

    private final MockMvc mvc;
    private final ObjectMapper json;

    ConsentTestSupport(MockMvc mvc, ObjectMapper json) {
        this.mvc = mvc;
        this.json = json;
    }

    UUID registerNamedConcernAsSkole() throws Exception {
        String body = """
                {"subject": {"anonymous": false, "name": "%s", "nationalId": "%s"},
                 "category": "RADICALISATION", "description": "Eleven har delt ekstremt materiale i klassen 3. november.",
                 "subjectInformed": false, "consentToShare": false, "acuteDanger": false}""".formatted(NAME, NATIONAL_ID);
        String response = mvc.perform(post("/api/v1/concerns").with(httpBasic("skole", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return UUID.fromString(json.readTree(response).get("id").asText());
    }

    ResultActions postConsent(UUID caseId, String user, String body) throws Exception {
        return mvc.perform(post("/api/v1/concerns/" + caseId + "/consents").with(httpBasic(user, "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    static String consent(String recipients, String from, String to) {
        return """
                {"givenBy": "PERSON_AND_GUARDIANS", "givenByName": "%s", "recipients": [%s],
                 "validFrom": "%s", "validTo": %s, "form": "WRITTEN", "documentReference": "%s"}"""
                .formatted(GIVER, recipients, from, to == null ? "null" : "\"" + to + "\"", DOCUMENT);
    }

    UUID recordConsent(UUID caseId, String user, String body) throws Exception {
        String response = postConsent(caseId, user, body).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return UUID.fromString(json.readTree(response).get("id").asText());
    }

    ResultActions withdraw(UUID caseId, UUID consentId, String user, String reason) throws Exception {
        return mvc.perform(post("/api/v1/concerns/" + caseId + "/consents/" + consentId + "/withdraw")
                .with(httpBasic(user, "demo")).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(java.util.Map.of("reason", reason))));
    }

    static void assertNoIdentity(String text) {
        assertThat(text).doesNotContain(IDENTITY);
    }
}
