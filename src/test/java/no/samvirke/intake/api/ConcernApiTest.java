package no.samvirke.intake.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@SpringBootTest
@AutoConfigureMockMvc
class ConcernApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    private static String body(String subject, String description) {
        return """
                {"subject": %s, "category": "HATE_CRIME", "description": %s,
                 "subjectInformed": true, "consentToShare": false, "acuteDanger": false}""".formatted(subject, description);
    }

    private ResultActions post(String user, String json, String language) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/concerns")
                .with(httpBasic(user, "demo")).header("Accept-Language", language)
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from concern", Long.class);
    }

    @Test
    void registersAndAnswers201WithLocationAndReference() throws Exception {
        post("skole", body("{\"anonymous\": true}", "\"Hatefulle ytringer i friminuttet 3. november.\""), "nb")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", matchesPattern("/api/v1/concerns/[0-9a-f-]{36}")))
                .andExpect(jsonPath("$.reference", matchesPattern("B-\\d{4}-\\d{4}")))
                .andExpect(jsonPath("$.status").value("RECEIVED"));
    }

    /** References are taken in a short transaction of their own (ADR 0019): unique and increasing, never shared. */
    @Test
    void concurrentRegistrationsInOneMunicipalityGetDistinctIncreasingReferences() throws Exception {
        int registrations = 12;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        java.util.List<java.util.concurrent.Future<String>> answers = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < registrations; i++) {
                String user = i % 2 == 0 ? "skole" : "helse";
                answers.add(pool.submit(() -> post(user, body("{\"anonymous\": true}",
                        "\"Samtidig registrering i samme kommune.\""), "nb")
                        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()));
            }
            java.util.List<Integer> numbers = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<String> answer : answers) {
                String reference = com.jayway.jsonpath.JsonPath.read(answer.get(), "$.reference");
                assertThat(reference).matches("B-\\d{4}-\\d{4}");
                numbers.add(Integer.parseInt(reference.substring(reference.lastIndexOf('-') + 1)));
            }
            assertThat(numbers).doesNotHaveDuplicates();
            java.util.Collections.sort(numbers);
            assertThat(numbers.get(numbers.size() - 1) - numbers.get(0)).isEqualTo(registrations - 1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void badInputTakesNoReferenceNumber() throws Exception {
        String first = com.jayway.jsonpath.JsonPath.read(post("skole", body("{\"anonymous\": true}",
                "\"Første.\""), "nb").andReturn().getResponse().getContentAsString(), "$.reference");
        post("skole", body("{\"anonymous\": true}", "\" \""), "nb").andExpect(status().isBadRequest());
        String second = com.jayway.jsonpath.JsonPath.read(post("skole", body("{\"anonymous\": true}",
                "\"Andre.\""), "nb").andReturn().getResponse().getContentAsString(), "$.reference");
        assertThat(number(second)).isEqualTo(number(first) + 1);
    }

    private static int number(String reference) {
        return Integer.parseInt(reference.substring(reference.lastIndexOf('-') + 1));
    }

    @Test
    void badInputGivesOneProblemPerFieldInBokmaalAndStoresNothing() throws Exception {
        long before = count();
        post("skole", """
                {"subject": {"anonymous": false, "name": "", "nationalId": "15070950088"}, "description": " "}""", "nb")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", hasItem("subject.name")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("subject.nationalId")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("category")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("description")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("acuteDanger")))
                .andExpect(jsonPath("$.errors[*].message", hasItem("Fødselsnummeret er ikke gyldig. Kontroller de 11 sifrene.")));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void problemsAreInEnglishWhenTheBrowserAsksForIt() throws Exception {
        post("skole", body("{\"anonymous\": true}", "\"\""), "en")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("Describe what you observed, and when."));
    }

    @Test
    void tooLongTextAndMalformedJsonAre400NotServerErrors() throws Exception {
        long before = count();
        post("skole", body("{\"anonymous\": true}", "\"" + "x".repeat(10_001) + "\""), "nb")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("description"));
        post("skole", "{\"subject\": ", "nb").andExpect(status().isBadRequest());
        post("skole", body("{\"anonymous\": true}", "\"ok\"").replace("\"HATE_CRIME\"", "42"), "nb")
                .andExpect(status().isBadRequest());
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void theReporterServiceMustBeAReportingService() throws Exception {
        long before = count();
        post("skole", body("{\"anonymous\": true}", "\"Observasjon.\"").replace("\"category\"",
                "\"reporterService\": \"PRIVACY\", \"category\""), "nb")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reporterService"));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void onlyFrontlineStaffRegister() throws Exception {
        post("politi", body("{\"anonymous\": true}", "\"Observasjon.\""), "nb").andExpect(status().isForbidden());
    }

    @Test
    void onlyTheReporterSeesTheStatusAndNeverTheSubject() throws Exception {
        String location = post("skole", body("{\"name\": \"Kari Nordmann\", \"nationalId\": \"15070950089\"}",
                "\"Delte ekstremt materiale.\""), "nb").andReturn().getResponse().getHeader("Location");
        mvc.perform(get(location).with(httpBasic("skole", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RECEIVED"))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Nordmann"))));
        mvc.perform(get(location).with(httpBasic("helse", "demo"))).andExpect(status().isNotFound());
        mvc.perform(get(location).with(httpBasic("asker-skole", "demo"))).andExpect(status().isNotFound());
    }
}
