package no.samvirke.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
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
 * Issue 11, path 6: the source service selects the legal regime, so it comes from the signed-in
 * user's account. skole cannot file as child welfare (which child welfare would then see in full)
 * and helse cannot file as school (escaping the health-personnel rules).
 */
@SpringBootTest
@AutoConfigureMockMvc
class SourceServiceFromAccountTest {

    private static final String NAME = "Ingvild Sørbråten";

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired UserDetailsService users;

    private static String json(String serviceField) {
        return """
                {"subject": {"anonymous": false, "name": "%s", "birthDate": "2010-09-14"}, %s
                 "category": "VIOLENT_EXTREMISM", "description": "Har vist fram propaganda i timen.",
                 "subjectInformed": false, "consentToShare": false, "acuteDanger": false}"""
                .formatted(NAME, serviceField);
    }

    private ResultActions register(String username, String body, String language) throws Exception {
        return mvc.perform(post("/api/v1/concerns").with(httpBasic(username, "demo"))
                .header("Accept-Language", language).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private long stored() {
        return jdbc.queryForObject("select count(*) from concern", Long.class);
    }

    @Test
    void aTeacherCannotRegisterAsChildWelfare() throws Exception {
        long before = stored();
        register("skole", json("\"reporterService\": \"CHILD_WELFARE\","), "nb")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("reporterService"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith(
                        "Du kan bare melde fra din egen tjeneste")));
        register("skole", json("\"reporterService\": \"CHILD_WELFARE\","), "en")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith(
                        "You can only report from your own service")));
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void aHealthNurseCannotRegisterAsSchool() throws Exception {
        long before = stored();
        register("helse", json("\"reporterService\": \"SCHOOL\","), "nb")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reporterService"));
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void theRegistrationPageRefusesAnotherServiceAndStoresNothing() throws Exception {
        long before = stored();
        String page = mvc.perform(post("/bekymringer/ny").with(user(users.loadUserByUsername("skole"))).with(csrf())
                        .param("name", NAME).param("birthDate", "2010-09-14").param("category", "VIOLENT_EXTREMISM")
                        .param("description", "Har vist fram propaganda i timen.")
                        .param("reporterService", "CHILD_WELFARE").param("subjectInformed", "false")
                        .param("consentToShare", "false").param("acuteDanger", "false"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"reporterService-error\"", "Du kan bare melde fra din egen tjeneste",
                "href=\"#reporterService\"");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void theFormShowsTheAccountsServiceAsTextNotAsAChoice() throws Exception {
        String html = mvc.perform(get("/bekymringer/ny").with(user(users.loadUserByUsername("helse"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("<label for=\"reporterService\">Din tjeneste</label>", "id=\"reporterService\" readonly",
                "value=\"Helsestasjon og skolehelsetjeneste\"", "aria-describedby=\"reporterService-hint\"")
                .doesNotContain("name=\"reporterService\"", "<option value=\"SCHOOL\"");
    }

    @Test
    void withoutAServiceTheAccountsServiceIsTakenAndTheHealthRulesApply() throws Exception {
        String created = register("helse", json(""), "nb").andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(created, "$.id");
        assertThat(jdbc.queryForObject("select reporter_service from concern where id = ?", String.class,
                java.util.UUID.fromString(id))).isEqualTo("HEALTH_STATION");
        String kjerne = mvc.perform(get("/api/v1/concerns/{id}", id).with(httpBasic("kjerne", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(kjerne, "$.reporterService")).isEqualTo("HEALTH_STATION");
        assertThat((String) JsonPath.read(kjerne, "$.subject.access.level")).isNotEqualTo("FULL");
        assertThat(kjerne).doesNotContain("Sørbråten");
    }
}
