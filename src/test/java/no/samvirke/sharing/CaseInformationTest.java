package no.samvirke.sharing;

import no.samvirke.audit.AuditTrail;
import static no.samvirke.sharing.InformationTestCase.NAME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import no.samvirke.intake.Concerns;
import no.samvirke.intake.personal.ConcernRecords;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** Graded case information: the sealed police/PST compartment, restricted items, DMN levels, audit. */
@SpringBootTest
@AutoConfigureMockMvc
class CaseInformationTest {

    private static final String PST_TEXT = "PSTHEMMELIG " + NAME + " planlegger reise";
    private static final String POLICE_TEXT = "POLITIBEGRENSET kjent fra før";
    private static final String KJERNE_TEXT = "BARNEVERNSNOTAT " + NAME + " er borte fra skolen";

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired AuditTrail auditTrail;
    @Autowired UserDetailsService userDetails;
    @MockitoBean Concerns concerns;
    @MockitoBean ConcernRecords records;

    private InformationTestCase c;
    private String pstItem;

    @BeforeEach
    void caseWithOneItemPerCompartment() throws Exception {
        c = new InformationTestCase(mvc, concerns, records);
        pstItem = id(c.add("pst", "PST_INFORMATION", PST_TEXT, "POLICE_PST_ONLY").andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString());
        c.add("politi", "POLICE_INFORMATION", POLICE_TEXT, "RESTRICTED").andExpect(status().isCreated());
        c.add("kjerne", "OBSERVATION", KJERNE_TEXT, "OPEN_IN_CASE").andExpect(status().isCreated());
    }

    private static String id(String json) {
        return json.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
    }

    @Test
    void municipalMemberFindsNoTraceOfPolicePstOnlyInformationInJsonOrPage() throws Exception {
        c.list("kjerne").andExpect(status().isOk()).andExpect(jsonPath("$.items", hasSize(2)))
                .andExpect(jsonPath("$.total").doesNotExist());
        String json = c.listBody("kjerne");
        String page = mvc.perform(get("/saker/{id}/opplysninger", c.id)
                        .with(user(userDetails.loadUserByUsername("kjerne"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        for (String body : List.of(json, page)) {
            assertThat(body).doesNotContain("PSTHEMMELIG", pstItem, "POLICE_PST_ONLY", "PST_INFORMATION",
                    "Kun politi og PST", "planlegger reise");
        }
        assertThat(page.split("<tr").length - 2).as("table rows").isEqualTo(2);
    }

    @Test
    void policeAndPstSeeTheSealedItemWithItsLegalBasis() throws Exception {
        for (String user : List.of("politi", "pst")) {
            c.list(user).andExpect(status().isOk())
                    .andExpect(jsonPath("$.items[?(@.id=='" + pstItem + "')].access.level").value("FULL"))
                    .andExpect(jsonPath("$.items[?(@.id=='" + pstItem + "')].sourceAgency").value("PST"));
            assertThat(c.listBody(user)).contains("PSTHEMMELIG").doesNotContain("Testesen");
        }
        c.list("politi").andExpect(jsonPath("$.items[?(@.id=='" + pstItem + "')].access.legalBasis")
                .value("politiregisterloven § 22 (tjenstlig behov innen politiet og PST)"));
    }

    @Test
    void restrictedItemsReachTheAuthorsAgencyAndTheKjernegruppeOnly() throws Exception {
        assertThat(c.listBody("slt")).contains("POLITIBEGRENSET");
        assertThat(c.listBody("pst")).doesNotContain("POLITIBEGRENSET");
        c.add("kjerne", "NOTE", "KOMMUNEBEGRENSET notat", "RESTRICTED").andExpect(status().isCreated());
        assertThat(c.listBody("politi")).contains("KOMMUNEBEGRENSET");
        assertThat(c.listBody("pst")).doesNotContain("KOMMUNEBEGRENSET");
    }

    @Test
    void eachItemGetsItsOwnLevelFromTheDisclosureTable() throws Exception {
        c.list("kjerne")
                .andExpect(jsonPath("$.items[0].text").value("POLITIBEGRENSET kjent fra før"))
                .andExpect(jsonPath("$.items[0].access.level").value("ANONYMISED"))
                .andExpect(jsonPath("$.items[0].access.legalBasis").value("politiregisterloven kap. 6 – kun anonymisert"))
                .andExpect(jsonPath("$.items[1].access.level").value("FULL"))
                .andExpect(jsonPath("$.items[1].access.legalBasis").value("fvl. § 13 b nr. 5 (avgiverorganets egen oppgave)"));
        c.list("politi")
                .andExpect(jsonPath("$.items[1].access.level").value("FULL"))
                .andExpect(jsonPath("$.items[2].access.level").value("ANONYMISED"))
                .andExpect(jsonPath("$.items[2].text").value("BARNEVERNSNOTAT […] er borte fra skolen"));
    }

    @Test
    void everyListReadIsOneAuditEntryNamingOnlyTheDisclosedItems() throws Exception {
        c.listBody("kjerne");
        auditTrail.chainPending();
        List<Map<String, Object>> rows = jdbc.queryForList(
                "select items, action, username from audit_entry where case_id = ? and action = 'READ'", c.id);
        assertThat(rows).hasSize(1);
        String items = (String) rows.get(0).get("items");
        assertThat(items).contains("=ANONYMISED", "=FULL").doesNotContain(pstItem);
        assertThat(items.split(";")).hasSize(2);
    }

    @Test
    void addingIsForCaseParticipantsWithTheRightGrading() throws Exception {
        c.add("kjerne", "NOTE", "x", "POLICE_PST_ONLY").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("grading"));
        c.add("kjerne", "PST_INFORMATION", "x", "OPEN_IN_CASE").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("kind"));
        c.add("kjerne", "NOTE", "x".repeat(4001), "OPEN_IN_CASE").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("text"));
        c.add("skole", "NOTE", "x", "OPEN_IN_CASE").andExpect(status().isNotFound());
        c.add("asker-slt", "NOTE", "x", "OPEN_IN_CASE").andExpect(status().isNotFound());
        c.list("asker-slt").andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/concerns/{id}/information", c.id).with(httpBasic("personvern", "demo")))
                .andExpect(status().isNotFound());
        c.list("kjerne").andExpect(jsonPath("$.items", hasSize(2)));
    }
}
