package no.samvirke.platform.reliability;

import java.util.List;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A signed-in user's session lives in the database, not in one node's memory: a request that
 * brings only the session cookie is served from what the database holds (so any node can serve
 * it), and a session removed from the database is signed out on every node.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SessionsInDatabaseTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;

    @Test
    void theSessionIsInTheDatabaseAndOnlyTheCookieIsNeeded() throws Exception {
        Cookie session = signIn("kjerne");
        String id = new String(java.util.Base64.getDecoder().decode(session.getValue()));

        assertThat(jdbc.queryForObject("select principal_name from spring_session where session_id = ?",
                String.class, id)).isEqualTo("kjerne");
        mvc.perform(get("/innboks").cookie(session).accept(MediaType.TEXT_HTML)).andExpect(status().isOk());
        // The stored session holds who is signed in, never the password hash (bcrypt hashes start "$2").
        List<byte[]> attributes = jdbc.queryForList("select a.attribute_bytes from spring_session_attributes a "
                + "join spring_session s on s.primary_id = a.session_primary_id where s.session_id = ?", byte[].class, id);
        assertThat(attributes).isNotEmpty().allSatisfy(bytes ->
                assertThat(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("$2a$", "$2b$", "{bcrypt}"));

        jdbc.update("delete from spring_session where session_id = ?", id);
        mvc.perform(get("/innboks").cookie(session).accept(MediaType.TEXT_HTML))
                .andExpect(status().isFound()).andExpect(redirectedUrlPattern("**/login"));
    }

    @Test
    void signingOutRemovesTheSessionFromTheDatabase() throws Exception {
        Cookie session = signIn("slt");
        String id = new String(java.util.Base64.getDecoder().decode(session.getValue()));

        mvc.perform(post("/logout").cookie(session).with(csrf())).andExpect(redirectedUrl("/login?logout"));

        assertThat(jdbc.queryForObject("select count(*) from spring_session where session_id = ?", Long.class, id))
                .isZero();
    }

    private Cookie signIn(String user) throws Exception {
        Cookie session = mvc.perform(post("/login").with(csrf()).param("username", user).param("password", "demo"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/"))
                .andReturn().getResponse().getCookie("SESSION");
        assertThat(session).as("the session cookie").isNotNull();
        return session;
    }
}
