package no.samvirke.platform;

import no.samvirke.platform.reliability.DatabaseSwitch;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * While the database is unreachable, users are told so (503, try again shortly) in their
 * language, never with a stack trace or SQL; when it is back, the same requests work without a
 * restart, and nothing was half-stored in between.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(DatabaseSwitch.class)
class DatabaseOutageTest {

    private static final String CONCERN = """
            {"subject": {"anonymous": true}, "category": "HATE_CRIME",
             "description": "Hatefulle ytringer i friminuttet.", "subjectInformed": true,
             "consentToShare": false, "acuteDanger": false}""";

    @Autowired MockMvc mvc;
    @Autowired DatabaseSwitch database;
    @Autowired JdbcTemplate jdbc;
    @Autowired UserDetailsService users;

    @AfterEach
    void databaseBack() {
        database.up();
    }

    @Test
    void apiAnswers503ProblemInBokmaalOrEnglishAndWorksAgainWhenTheDatabaseIsBack() throws Exception {
        database.down();

        unavailable(mvc.perform(get("/api/v1/tasks").with(httpBasic("kjerne", "demo"))))
                .andExpect(jsonPath("$.title").value("Tjenesten er midlertidig utilgjengelig"));
        unavailable(mvc.perform(get("/api/v1/tasks").with(httpBasic("kjerne", "demo")).header("Accept-Language", "en")))
                .andExpect(jsonPath("$.title").value("Service temporarily unavailable"));

        database.up();
        mvc.perform(get("/api/v1/tasks").with(httpBasic("kjerne", "demo"))).andExpect(status().isOk());
    }

    @Test
    void aRegistrationDuringTheOutageIs503AndStoresNothingAndTheNextOneIsStored() throws Exception {
        long before = concerns();
        database.down();

        unavailable(register());

        database.up();
        assertThat(concerns()).as("nothing half-written").isEqualTo(before);
        register().andExpect(status().isCreated());
        assertThat(concerns()).isEqualTo(before + 1);
    }

    @Test
    void aSignedInUserWhoseRequestReachesTheDatabaseGetsTheApiProblem() throws Exception {
        // Signed in already (no user lookup): the failure comes from the request's own transaction.
        var kjerne = users.loadUserByUsername("kjerne");
        database.down();
        unavailable(mvc.perform(get("/api/v1/tasks").with(user(kjerne))));
    }

    @Test
    void pagesShowTheFriendlyUnavailablePage() throws Exception {
        var kjerne = users.loadUserByUsername("kjerne");
        database.down();

        // The page chooses the 503 page; saving the session (in the database) then fails too, so the
        // outermost filter answers with the same words itself (the layout would need the session).
        mvc.perform(get("/innboks").with(user(kjerne)).accept(MediaType.TEXT_HTML))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "10"))
                .andExpect(view().name("error/503"))
                .andExpect(content().string(containsString("Samvirke er midlertidig utilgjengelig")));
        mvc.perform(get("/login").accept(MediaType.TEXT_HTML).header("Accept-Language", "en"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().string(containsString("<html lang=\"en\">")))
                .andExpect(content().string(containsString("Samvirke is temporarily unavailable")))
                .andExpect(content().string(not(containsString("Exception"))));
        database.up();
        mvc.perform(get("/innboks").with(user(kjerne)).accept(MediaType.TEXT_HTML)).andExpect(status().isOk());
    }

    @Test
    void theUnavailablePageTellsTheUserToTryAgainInTheirLanguage() throws Exception {
        mvc.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 503).accept(MediaType.TEXT_HTML))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().string(containsString("Samvirke er midlertidig utilgjengelig")))
                .andExpect(content().string(not(containsString("Exception"))));
        mvc.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 503).accept(MediaType.TEXT_HTML)
                        .header("Accept-Language", "en"))
                .andExpect(content().string(containsString("Samvirke is temporarily unavailable")));

    }

    @Test
    void signingInDuringTheOutageIsNotAWrongPassword() throws Exception {
        database.down();
        mvc.perform(post("/login").with(csrf()).param("username", "kjerne").param("password", "demo"))
                .andExpect(status().isServiceUnavailable());
    }

    private ResultActions register() throws Exception {
        return mvc.perform(post("/api/v1/concerns").with(httpBasic("skole", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(CONCERN));
    }

    private ResultActions unavailable(ResultActions result) throws Exception {
        return result.andExpect(status().isServiceUnavailable())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string("Retry-After", "10"))
                .andExpect(jsonPath("$.detail").isNotEmpty())
                .andExpect(content().string(not(containsString("Exception"))))
                .andExpect(content().string(not(containsString("Hikari"))))
                .andExpect(content().string(not(containsString("select"))))
                .andExpect(jsonPath("$.trace").doesNotExist());
    }

    private long concerns() {
        return jdbc.queryForObject("select count(*) from concern", Long.class);
    }
}
