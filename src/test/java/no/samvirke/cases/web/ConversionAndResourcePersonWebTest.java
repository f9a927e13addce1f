package no.samvirke.cases.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Instant;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import no.samvirke.identity.ServiceUnit;
import no.samvirke.identity.Users;
import no.samvirke.intake.Category;
import no.samvirke.intake.ConcernStatus;
import no.samvirke.intake.ConcernSummary;
import no.samvirke.intake.Concerns;
import no.samvirke.intake.personal.ConcernRecord;
import no.samvirke.intake.personal.ConcernRecords;
import no.samvirke.platform.CaseId;
import no.samvirke.platform.WorkingDays;
import no.samvirke.sharing.CaseConfidentiality;
import no.samvirke.sharing.DiscussionMode;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Conversion page and API, and the resource person's way into a case, over HTTP. */
@SpringBootTest
@AutoConfigureMockMvc
class ConversionAndResourcePersonWebTest {

    private static final String NAME = "Kari Nordvik";

    @Autowired MockMvc mvc;
    @Autowired CaseConfidentiality confidentiality;
    @Autowired Users users;
    @Autowired UserDetailsService userDetails;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;
    @MockitoBean Concerns concerns;
    @MockitoBean ConcernRecords records;

    private UUID anonymisedSchoolConcern() {
        UUID id = UUID.randomUUID();
        ConcernSummary summary = new ConcernSummary(id, "T-2025-0099", "3201", Category.HATE_CRIME,
                ConcernStatus.UNDER_ASSESSMENT, ServiceUnit.SCHOOL, "skole", false, false, true, false,
                Instant.parse("2025-03-01T10:00:00Z"), Instant.parse("2025-03-01T10:00:00Z"), null);
        Mockito.when(concerns.summary(id)).thenReturn(Optional.of(summary));
        Mockito.when(records.find(id)).thenReturn(Optional.of(
                new ConcernRecord(summary, NAME, LocalDate.of(2010, 5, 5), null, "Trusler mot medelever.")));
        confidentiality.setDiscussionMode(CaseId.of(id), DiscussionMode.ANONYMISED, users.find("slt").orElseThrow());
        return id;
    }

    private RequestPostProcessor as(String username) {
        return user(userDetails.loadUserByUsername(username));
    }

    private String convert(UUID id, String json, String username, int expected) throws Exception {
        return mvc.perform(post("/api/v1/concerns/{id}/conversion", id).with(httpBasic(username, "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().is(expected)).andReturn().getResponse().getContentAsString();
    }

    @Test
    void conversionNeedsALegalBasisAndAJustification() throws Exception {
        UUID id = anonymisedSchoolConcern();
        mvc.perform(post("/api/v1/concerns/{id}/conversion", id).with(httpBasic("kjerne", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'legalBasis')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'justification')]").exists());
        String consentWithoutReference = convert(id, "{\"legalBasis\":\"CONSENT\",\"justification\":\"Samtykke gitt.\"}",
                "kjerne", 400);
        assertThat(consentWithoutReference).contains("consentReference");
        assertThat(confidentiality.anonymised(CaseId.of(id))).isTrue();
    }

    @Test
    void convertedCaseShowsThePoliceTheIdentityAndTheTimelineTheConversion() throws Exception {
        UUID id = anonymisedSchoolConcern();
        convert(id, "{\"legalBasis\":\"OFFENCE_INFORMATION\",\"justification\":\"Trusler er straffbare.\"}", "skole", 404);
        String before = mvc.perform(get("/saker/{id}", id).with(as("politi"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(before).doesNotContain("Kari", "Nordvik").contains("/saker/" + id + "/navngi");
        convert(id, "{\"legalBasis\":\"OFFENCE_INFORMATION\",\"justification\":\"Trusler er straffbare.\"}", "kjerne", 202);
        String proposed = mvc.perform(get("/saker/{id}", id).with(as("politi"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(proposed).as("one person's proposal leaves the case anonymised").doesNotContain("Kari", "Nordvik");
        mvc.perform(post("/api/v1/concerns/{id}/conversion/confirm", id).with(httpBasic("kjerne", "demo")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("eget forslag")));
        mvc.perform(post("/api/v1/concerns/{id}/conversion/confirm", id).with(httpBasic("skole", "demo")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/concerns/{id}/conversion/confirm", id).with(httpBasic("slt", "demo")))
                .andExpect(status().isNoContent());
        String after = mvc.perform(get("/saker/{id}", id).with(as("politi"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(after).contains(NAME, "Gjort om til navngitt sak", "Trusler er straffbare.")
                .doesNotContain("/saker/" + id + "/navngi");
        convert(id, "{\"legalBasis\":\"OFFENCE_INFORMATION\",\"justification\":\"Igjen.\"}", "kjerne", 409);
    }

    @Test
    void conversionPageShowsErrorsNextToTheFields() throws Exception {
        UUID id = anonymisedSchoolConcern();
        String page = mvc.perform(post("/saker/{id}/navngi", id).with(as("kjerne")).with(csrf())
                        .param("legalBasis", "DUTY_TO_AVERT"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("justification-error", "Fyll ut dette feltet.");
        mvc.perform(post("/saker/{id}/navngi", id).with(as("kjerne")).with(csrf())
                        .param("legalBasis", "DUTY_TO_AVERT").param("justification", "Planlagt vold."))
                .andExpect(status().is3xxRedirection());
        assertThat(confidentiality.anonymised(CaseId.of(id))).isTrue();
        String own = mvc.perform(get("/saker/{id}/navngi", id).with(as("kjerne"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(own).contains("Du har selv foreslått omgjøringen").doesNotContain("/navngi/bekreft");
        mvc.perform(post("/saker/{id}/navngi/bekreft", id).with(as("kjerne")).with(csrf()))
                .andExpect(status().isConflict());
        assertThat(mvc.perform(get("/saker/{id}/navngi", id).with(as("slt"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("/navngi/bekreft", "Planlagt vold.");
        mvc.perform(post("/saker/{id}/navngi/bekreft", id).with(as("slt")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(confidentiality.anonymised(CaseId.of(id))).isFalse();
        mvc.perform(get("/saker/{id}/navngi", id).with(as("kjerne"))).andExpect(status().isConflict());
    }

    @Test
    void aResourcePersonGetsInOnlyAfterTheDeclarationAndOnlyUntilExpiry() throws Exception {
        UUID id = anonymisedSchoolConcern();
        mvc.perform(get("/saker/{id}/taushetserklaering", id).with(as("helse"))).andExpect(status().isNotFound());
        LocalDate today = LocalDate.now(clock.withZone(WorkingDays.OSLO));
        mvc.perform(post("/saker/{id}/ressursperson", id).with(as("kjerne")).with(csrf()).param("username", "helse")
                        .param("validFrom", today.toString()).param("validTo", today.plusDays(30).toString()))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/saker/{id}/ressursperson", id).with(as("helse")).with(csrf()).param("username", "helse")
                        .param("validFrom", today.toString()).param("validTo", today.plusDays(29).toString()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/saker/{id}/ressursperson", id).with(as("kjerne")).with(csrf()).param("username", "helse")
                        .param("validFrom", today.toString()).param("validTo", today.plusDays(29).toString()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/saker/{id}", id).with(as("helse"))).andExpect(status().isNotFound());
        mvc.perform(get("/saker/{id}/taushetserklaering", id).with(as("helse"))).andExpect(status().isOk());
        mvc.perform(post("/saker/{id}/taushetserklaering", id).with(as("helse")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        String page = mvc.perform(get("/saker/{id}", id).with(as("helse"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("Kari", "Nordvik", "timeline-heading");
        mvc.perform(get("/api/v1/cases/{id}/timeline", id).with(httpBasic("helse", "demo"))).andExpect(status().isNotFound());
        jdbc.update("update case_resource_person set valid_to = ? where case_id = ?",
                java.sql.Timestamp.from(clock.instant().minus(Duration.ofMinutes(1))), id);
        mvc.perform(get("/saker/{id}", id).with(as("helse"))).andExpect(status().isNotFound());
        mvc.perform(get("/saker/{id}/taushetserklaering", id).with(as("helse"))).andExpect(status().isNotFound());
    }
}
