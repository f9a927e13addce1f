package no.samvirke.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import no.samvirke.platform.WorkingDays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 11, path 2: "own task" (fvl § 13 b nr. 5) is the source's organisation, not its service
 * type; resource persons come only from the case's municipality, its police district or PST; and a
 * grant never gives more than the grantor has. Attackers: asker-skole (a teacher in another
 * municipality) and a grant row made by someone who is not in the case's kjernegruppe.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ResourcePersonOrganisationAttackTest {

    private static final String NAME = "Mathias Grønnevik";

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;
    @Autowired UserDetailsService users;

    /** A named school concern in Bærum, registered by skole over the API, without consent. */
    private UUID baerumSchoolConcern() throws Exception {
        String created = mvc.perform(post("/api/v1/concerns").with(httpBasic("skole", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"subject": {"anonymous": false, "name": "%s", "birthDate": "2011-04-03"},
                                 "category": "HATE_CRIME", "description": "%s har delt hatefulle bilder i klassen.",
                                 "subjectInformed": false, "consentToShare": false, "acuteDanger": false}"""
                                .formatted(NAME, NAME)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return UUID.fromString(JsonPath.read(created, "$.id"));
    }

    private String caseJson(UUID id, String username) throws Exception {
        return mvc.perform(get("/api/v1/concerns/{id}", id).with(httpBasic(username, "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private long grants(UUID id) {
        return jdbc.queryForObject("select count(*) from case_resource_person where case_id = ?", Long.class, id);
    }

    /** A grant as it could stand in the database from before this fix: accepted and in force. */
    private void insertAcceptedGrant(UUID caseId, String username, String grantedBy) {
        Instant now = clock.instant();
        jdbc.update("insert into case_resource_person (id, case_id, username, valid_from, valid_to, granted_by,"
                        + " granted_at, declaration_key, accepted_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                UUID.randomUUID(), caseId, username, Timestamp.from(now.minus(Duration.ofHours(1))),
                Timestamp.from(now.plus(Duration.ofDays(1))), grantedBy, Timestamp.from(now),
                "review.resource.declaration.v1", Timestamp.from(now));
    }

    @Test
    void aTeacherInAnotherMunicipalityCannotBeMadeAResourcePerson() throws Exception {
        UUID id = baerumSchoolConcern();
        LocalDate today = LocalDate.now(clock.withZone(WorkingDays.OSLO));
        String page = mvc.perform(post("/saker/{id}/ressursperson", id).with(user(users.loadUserByUsername("slt")))
                        .with(csrf()).param("username", "asker-skole").param("validFrom", today.toString())
                        .param("validTo", today.plusDays(6).toString()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("komme fra sakens egen kommune");
        assertThat(grants(id)).isZero();
        mvc.perform(get("/saker/{id}/taushetserklaering", id).with(user(users.loadUserByUsername("asker-skole"))))
                .andExpect(status().isNotFound());
    }

    @Test
    void aTeacherInAnotherMunicipalityWithAnOldGrantSeesNoMoreThanTheGrantor() throws Exception {
        UUID id = baerumSchoolConcern();
        insertAcceptedGrant(id, "asker-skole", "slt");
        String grantor = caseJson(id, "slt");
        String attacker = caseJson(id, "asker-skole");
        String grantorLevel = JsonPath.read(grantor, "$.subject.access.level");
        assertThat(grantorLevel).isNotEqualTo("FULL");
        assertThat(attacker).doesNotContain("Grønnevik");
        assertThat((String) JsonPath.read(attacker, "$.subject.access.level")).isEqualTo(grantorLevel);
        assertThat((String) JsonPath.read(attacker, "$.description.access.level"))
                .isIn(JsonPath.read(grantor, "$.description.access.level"), "NONE");
    }

    @Test
    void aGrantBySomeoneOutsideTheCasesKjernegruppeGivesNothing() throws Exception {
        UUID id = baerumSchoolConcern();
        insertAcceptedGrant(id, "helse", "asker-slt");
        String json = caseJson(id, "helse");
        assertThat((String) JsonPath.read(json, "$.subject.access.level")).isEqualTo("NONE");
        assertThat((String) JsonPath.read(json, "$.description.access.level")).isEqualTo("NONE");
        assertThat(json).doesNotContain("Grønnevik", "hatefulle");
    }

    @Test
    void aResourcePersonFromTheCasesMunicipalityIsStillGrantedAndCappedAtTheGrantor() throws Exception {
        UUID id = baerumSchoolConcern();
        LocalDate today = LocalDate.now(clock.withZone(WorkingDays.OSLO));
        mvc.perform(post("/saker/{id}/ressursperson", id).with(user(users.loadUserByUsername("kjerne")))
                        .with(csrf()).param("username", "helse").param("validFrom", today.toString())
                        .param("validTo", today.plusDays(6).toString()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/saker/{id}/taushetserklaering", id).with(user(users.loadUserByUsername("helse")))
                .with(csrf())).andExpect(status().is3xxRedirection());
        String json = caseJson(id, "helse");
        assertThat(json).doesNotContain("Grønnevik");
        assertThat((String) JsonPath.read(json, "$.subject.access.level"))
                .isEqualTo(JsonPath.read(caseJson(id, "kjerne"), "$.subject.access.level"));
    }
}
