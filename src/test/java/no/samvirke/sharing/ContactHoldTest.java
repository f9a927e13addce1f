package no.samvirke.sharing;

import no.samvirke.audit.AuditTrail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.samvirke.intake.Concerns;
import no.samvirke.intake.personal.ConcernRecords;
import no.samvirke.platform.CaseId;
import no.samvirke.sharing.ContactHolds;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** PST's "do not contact the family": who may set it, and who learns what about it. */
@SpringBootTest
@AutoConfigureMockMvc
class ContactHoldTest {

    private static final String REASON = "HEMMELIGBEGRUNNELSE pågående etterforskning";
    private static final LocalDate EXPIRES = LocalDate.now(ZoneId.of("Europe/Oslo")).plusDays(30);

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired AuditTrail auditTrail;
    @Autowired UserDetailsService userDetails;
    @Autowired ContactHolds holds;
    @MockitoBean Concerns concerns;
    @MockitoBean ConcernRecords records;

    private UUID id;

    @BeforeEach
    void namedCase() {
        id = new InformationTestCase(mvc, concerns, records).id;
    }

    private ResultActions set(String username, String reason, LocalDate expiresOn) throws Exception {
        String body = "{\"reason\":" + (reason == null ? "null" : "\"" + reason + "\"")
                + ",\"expiresOn\":" + (expiresOn == null ? "null" : "\"" + expiresOn + "\"") + "}";
        return mvc.perform(post("/api/v1/concerns/{id}/contact-hold", id).with(httpBasic(username, "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private String read(String username) throws Exception {
        return mvc.perform(get("/api/v1/concerns/{id}/contact-hold", id).with(httpBasic(username, "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void municipalMembersSeeTheFlagAndExpiryButNeverTheReason() throws Exception {
        set("pst", REASON, EXPIRES).andExpect(status().isOk()).andExpect(jsonPath("$.reason").value(REASON));

        mvc.perform(get("/api/v1/concerns/{id}/contact-hold", id).with(httpBasic("kjerne", "demo")))
                .andExpect(jsonPath("$.held").value(true))
                .andExpect(jsonPath("$.expiresOn").value(EXPIRES.toString()));
        String page = mvc.perform(get("/saker/{id}/opplysninger", id).with(user(userDetails.loadUserByUsername("kjerne"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        for (String body : List.of(read("kjerne"), read("slt"), page)) {
            assertThat(body).doesNotContain("HEMMELIGBEGRUNNELSE", "etterforskning");
        }
        assertThat(page).contains(EXPIRES.format(DateTimeFormatter.ofPattern("dd.MM.yyyy")))
                .doesNotContain("hold-reason");
        assertThat(read("politi")).contains(REASON);
        assertThat(holds.isHeld(CaseId.of(id))).isTrue();
    }

    @Test
    void onlyPstMaySetOrReleaseTheHold() throws Exception {
        set("kjerne", REASON, EXPIRES).andExpect(status().isForbidden());
        set("politi", REASON, EXPIRES).andExpect(status().isForbidden());
        set("slt", REASON, EXPIRES).andExpect(status().isForbidden());
        set("skole", REASON, EXPIRES).andExpect(status().isNotFound());
        set("asker-slt", REASON, EXPIRES).andExpect(status().isNotFound());
        assertThat(holds.isHeld(CaseId.of(id))).isFalse();

        set("pst", REASON, EXPIRES).andExpect(status().isOk());
        mvc.perform(post("/api/v1/concerns/{id}/contact-hold/release", id).with(httpBasic("kjerne", "demo")))
                .andExpect(status().isForbidden());
        assertThat(holds.isHeld(CaseId.of(id))).isTrue();
        mvc.perform(delete("/api/v1/concerns/{id}/contact-hold", id).with(httpBasic("pst", "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.held").value(false));
        assertThat(holds.isHeld(CaseId.of(id))).isFalse();
    }

    @Test
    void reasonAndAFutureExpiryAreRequired() throws Exception {
        set("pst", null, EXPIRES).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        set("pst", "x".repeat(2001), EXPIRES).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        set("pst", REASON, LocalDate.now(ZoneId.of("Europe/Oslo"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("expiresOn"));
        set("pst", REASON, null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("expiresOn"));
        assertThat(holds.isHeld(CaseId.of(id))).isFalse();
    }

    @Test
    void settingAndReleasingAreAuditedWithoutTheReason() throws Exception {
        set("pst", REASON, EXPIRES).andExpect(status().isOk());
        mvc.perform(post("/api/v1/concerns/{id}/contact-hold/release", id).with(httpBasic("pst", "demo")))
                .andExpect(status().isOk());
        auditTrail.chainPending();
        List<Map<String, Object>> rows = jdbc.queryForList("select action, before_value, after_value from audit_entry"
                + " where case_id = ? and action = 'CHANGE' order by id", id);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("after_value")).isEqualTo("held until " + EXPIRES + "; reason set");
        assertThat(rows.get(1).get("after_value")).isEqualTo("released");
        assertThat(rows.toString()).doesNotContain("HEMMELIGBEGRUNNELSE");
    }

    @Test
    void pstSeesAndUsesTheFormOnThePage() throws Exception {
        String page = mvc.perform(get("/saker/{id}/opplysninger", id).with(user(userDetails.loadUserByUsername("pst"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"hold-reason\"", "for=\"hold-reason\"");
        mvc.perform(post("/saker/{id}/kontaktforbud", id).with(user(userDetails.loadUserByUsername("pst")))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .param("reason", REASON).param("expiresOn", EXPIRES.toString()))
                .andExpect(status().is3xxRedirection());
        assertThat(holds.isHeld(CaseId.of(id))).isTrue();
        String invalid = mvc.perform(post("/saker/{id}/kontaktforbud", id)
                        .with(user(userDetails.loadUserByUsername("pst")))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .header("HX-Request", "true").param("reason", "").param("expiresOn", "i morgen"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(invalid).contains("Skriv datoen som åååå-mm-dd.", "Skriv en begrunnelse.", "aria-describedby=\"hold-expiresOn-error\"")
                .doesNotContain("<html");
    }
}
