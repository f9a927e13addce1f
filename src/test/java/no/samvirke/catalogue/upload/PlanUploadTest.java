package no.samvirke.catalogue.upload;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Another municipality's plan is added by uploading its file, by that municipality's SLT
 * coordinator or an administrator; a malformed file is rejected whole, with at most 100 errors;
 * anchors and aliases (the alias bomb) are refused.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PlanUploadTest {

    static final String SANDEFJORD = """
            id: sandefjord-2019
            title: Handlingsplan mot radikalisering og voldelig ekstremisme, Sandefjord
            version: 1
            municipalities: ['3907']
            policeDistrict: sor-ost
            period: {from: 2019, to: 2022}
            measures:
            - number: 1
              title: SLT-koordinator
              area: Samordning
              description: SLT-koordinatoren samordner det forebyggende arbeidet.
              responsible: {parties: [MUNICIPALITY]}
              statuses:
              - {period: '2019', status: ONGOING, text: Løpende}
              recommendation: {decision: CONTINUE, text: Videreføres.}
            - number: 2
              title: Bekymringssamtale
              area: Oppfølging
              description: Politiet gjennomfører bekymringssamtaler.
              responsible: {parties: [POLICE]}
              recommendation: {decision: CONTINUE, text: Videreføres.}
            """;


    /** A plan for Bærum (3201), the municipality of {@code slt} and {@code admin}. */
    static String baerum(String id) {
        return SANDEFJORD.replace("sandefjord-2019", id).replace("['3907']", "['3201']");
    }

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;

    private List<String> plansBefore;

    @BeforeEach
    void rememberThePlans() {
        plansBefore = jdbc.queryForList("select id from catalogue_plan", String.class);
    }

    /**
     * The uploaded Bærum plans would become Bærum's active plan (the newest) for every later test in
     * the shared context, whose measure numbers then no longer exist: remove what this test added.
     */
    @AfterEach
    void removeTheUploadedPlans() {
        for (String id : jdbc.queryForList("select id from catalogue_plan", String.class)) {
            if (!plansBefore.contains(id)) {
                jdbc.update("delete from catalogue_measure_status where plan_id = ?", id);
                jdbc.update("delete from catalogue_measure where plan_id = ?", id);
                jdbc.update("delete from catalogue_plan where id = ?", id);
            }
        }
    }

    int planCount() {
        return jdbc.queryForObject("select count(*) from catalogue_plan", Integer.class);
    }

    ResultActions postYaml(String user, String yaml) throws Exception {
        return mvc.perform(post("/api/v1/plans").with(httpBasic(user, "demo")).contentType("application/yaml")
                .content(yaml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void anAdministratorUploadsSandefjordsPlanThroughTheApiAndItIsListed() throws Exception {
        postYaml("admin", SANDEFJORD).andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/plans/sandefjord-2019"))
                .andExpect(jsonPath("$.municipalities[0]").value("3907"));
        mvc.perform(get("/api/v1/plans").with(httpBasic("skole", "demo")))
                .andExpect(jsonPath("$[*].id", hasItem("sandefjord-2019")));
        mvc.perform(get("/api/v1/plans/sandefjord-2019/measures").with(httpBasic("skole", "demo")))
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[1].title").value("Bekymringssamtale"));
        postYaml("admin", SANDEFJORD).andExpect(status().isOk());
        postYaml("slt", SANDEFJORD).andExpect(status().isForbidden());   // Bærum's coordinator, Sandefjord's plan
    }

    @Test
    void theSltCoordinatorUploadsAPlanForTheirOwnMunicipality() throws Exception {
        postYaml("slt", baerum("baerum-eget")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.municipalities[0]").value("3201"));
        postYaml("slt", baerum("baerum-eget")).andExpect(status().isOk());
    }

    @Test
    void theApiAlsoTakesTheFileAsAMultipartUpload() throws Exception {
        mvc.perform(multipart("/api/v1/plans").file(file(SANDEFJORD.replace("sandefjord-2019", "sandefjord-multipart")))
                        .with(httpBasic("admin", "demo"))).andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/plans/sandefjord-multipart"));
        mvc.perform(get("/api/v1/plans/sandefjord-multipart").with(httpBasic("skole", "demo")))
                .andExpect(jsonPath("$.title").value(containsString("Sandefjord")));
    }

    @Test
    void aPlanIdThatExistsWithOtherContentIsAConflictAndTheStoredPlanStays() throws Exception {
        String plan = baerum("sandefjord-conflict");
        postYaml("slt", plan).andExpect(status().isCreated());
        postYaml("slt", plan.replace("title: SLT-koordinator", "title: Koordinator")).andExpect(status().isConflict());
        mvc.perform(get("/api/v1/plans/sandefjord-conflict/measures").with(httpBasic("skole", "demo")))
                .andExpect(jsonPath("$[0].title").value("SLT-koordinator"));
    }

    @Test
    void aMalformedFileIsRejectedWithLineAndFieldOfEveryErrorAndNothingIsStored() throws Exception {
        int before = planCount();
        String bad = SANDEFJORD.replace("id: sandefjord-2019", "id: sandefjord-bad")
                .replace("  title: Bekymringssamtale\n", "")
                .replace("status: ONGOING", "status: FINISHED");
        postYaml("slt", bad).andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andExpect(jsonPath("$.errors.length()").value(2))
                .andExpect(jsonPath("$.errors[?(@.field == 'measures[0].statuses[0].status')].line").value(14))
                .andExpect(jsonPath("$.errors[?(@.field == 'measures[1].title')].line").value(16))
                .andExpect(jsonPath("$.errors[?(@.field == 'measures[1].title')].message").value("mangler (må fylles ut)"));
        postYaml("slt", "id: sandefjord-syntax\ntitle: [uavsluttet\n").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("(syntax)"))
                .andExpect(jsonPath("$.errors[0].line").value(3));
        org.assertj.core.api.Assertions.assertThat(planCount()).isEqualTo(before);
        mvc.perform(get("/api/v1/plans/sandefjord-bad").with(httpBasic("slt", "demo"))).andExpect(status().isNotFound());
    }

    @Test
    void onlyTheSltCoordinatorAndAdminMayUpload() throws Exception {
        int before = planCount();
        postYaml("skole", SANDEFJORD.replace("sandefjord-2019", "sandefjord-skole")).andExpect(status().isForbidden());
        mvc.perform(multipart("/tiltak/last-opp").file(file(SANDEFJORD)).with(csrf())
                .with(user(users.loadUserByUsername("skole")))).andExpect(status().isForbidden());
        org.assertj.core.api.Assertions.assertThat(planCount()).isEqualTo(before);
    }

    @Test
    void anOversizeFileIsRefusedWithAClearMessageNotAServerError() throws Exception {
        String huge = SANDEFJORD + "#" + "x".repeat(1024 * 1024) + "\n";
        postYaml("slt", huge).andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.detail").value(containsString("høyst 1 MB")));
        mvc.perform(multipart("/tiltak/last-opp").file(file(huge)).with(csrf())
                .with(user(users.loadUserByUsername("slt")))).andExpect(status().isPayloadTooLarge())
                .andExpect(content().string(containsString("Filen er for stor")));
    }

    @Test
    void theUploadPageAddsThePlanAndLinksToIt() throws Exception {
        mvc.perform(get("/tiltak/last-opp").with(user(users.loadUserByUsername("slt")))).andExpect(status().isOk())
                .andExpect(content().string(containsString("<label for=\"file\">Planfil (YAML)</label>")))
                .andExpect(content().string(containsString("enctype=\"multipart/form-data\"")))
                .andExpect(content().string(containsString("name=\"_csrf\"")));
        String plan = baerum("sandefjord-page");
        mvc.perform(multipart("/tiltak/last-opp").file(file(plan)).with(csrf())
                        .with(user(users.loadUserByUsername("slt")))).andExpect(status().isOk())
                .andExpect(content().string(containsString("er lagt inn med 2 tiltak")))
                .andExpect(content().string(containsString("href=\"/tiltak?plan=sandefjord-page\"")));
        mvc.perform(get("/api/v1/plans").with(httpBasic("skole", "demo")))
                .andExpect(jsonPath("$[*].id", hasItem("sandefjord-page")));
    }

    @Test
    void theUploadPageListsEveryErrorWithLineAndFieldInTheUsersLanguage() throws Exception {
        int before = planCount();
        String bad = SANDEFJORD.replace("sandefjord-2019", "sandefjord-badpage").replace("status: ONGOING", "status: FINISHED")
                .replace("  title: Bekymringssamtale\n", "");
        mvc.perform(multipart("/tiltak/last-opp").file(file(bad)).with(csrf())
                        .with(user(users.loadUserByUsername("admin")))).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("role=\"alert\"")))
                .andExpect(content().string(containsString("Linje 14, felt measures[0].statuses[0].status: «FINISHED» er ikke en av")))
                .andExpect(content().string(containsString("Linje 16, felt measures[1].title: mangler (må fylles ut)")))
                .andExpect(content().string(not(containsString("er lagt inn"))));
        mvc.perform(multipart("/tiltak/last-opp").file(file(bad)).with(csrf()).locale(Locale.ENGLISH)
                        .header("Accept-Language", "en").with(user(users.loadUserByUsername("admin"))))
                .andExpect(content().string(containsString("Line 16, field measures[1].title: is required")));
        org.assertj.core.api.Assertions.assertThat(planCount()).isEqualTo(before);
    }

    @Test
    void anotherMunicipalitysCoordinatorCannotUploadAPlanForBaerumAndNothingIsStored() throws Exception {
        int before = planCount();
        postYaml("asker-slt", baerum("baerum-fra-asker")).andExpect(status().isForbidden())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andExpect(jsonPath("$.detail").value(containsString("bare laste opp planer for din egen kommune")));
        mvc.perform(multipart("/api/v1/plans").file(file(baerum("baerum-fra-asker"))).with(httpBasic("asker-slt", "demo")))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/tiltak/last-opp").file(file(baerum("baerum-fra-asker"))).with(csrf())
                        .with(user(users.loadUserByUsername("asker-slt")))).andExpect(status().isForbidden())
                .andExpect(content().string(containsString("role=\"alert\"")))
                .andExpect(content().string(containsString("Du kan bare laste opp planer for din egen kommune")))
                .andExpect(content().string(not(containsString("er lagt inn"))));
        String shared = baerum("felles-plan").replace("['3201']", "['3201', '3203']");
        postYaml("asker-slt", shared).andExpect(status().isForbidden());
        postYaml("slt", shared).andExpect(status().isForbidden());
        org.assertj.core.api.Assertions.assertThat(planCount()).isEqualTo(before);
        mvc.perform(get("/api/v1/plans/baerum-fra-asker").with(httpBasic("slt", "demo"))).andExpect(status().isNotFound());
        postYaml("admin", shared).andExpect(status().isCreated());   // an administrator may add any plan
        postYaml("asker-slt", SANDEFJORD.replace("sandefjord-2019", "asker-egen").replace("['3907']", "['3203']"))
                .andExpect(status().isCreated());
    }

    /** 19 kB that SnakeYAML would expand to 25 × 20 × 100 unknown fields: each an error line. */
    static String aliasBomb() {
        StringBuilder status = new StringBuilder("x-status: &s {");
        for (int i = 0; i < 100; i++) {
            status.append(i == 0 ? "" : ", ").append("ukjent-felt-nummer-").append(i).append(": verdi");
        }
        String statuses = "[" + String.join(", ", java.util.Collections.nCopies(20, "*s")) + "]";
        String measures = "[" + String.join(", ", java.util.Collections.nCopies(25, "*m")) + "]";
        return "id: alias-bomb\ntitle: Bombe\nversion: 1\nmunicipalities: ['3201']\npoliceDistrict: oslo\n"
                + "period: {from: 2019, to: 2022}\n" + status + "}\n"
                + "x-measure: &m {number: 1, statuses: " + statuses + "}\n"
                + "measures: " + measures + "\n" + "#".repeat(19 * 1024 - 3000 - status.length()) + "\n";
    }

    @Test
    void anchorsAndAliasesAreRefusedWithASmallAnswer() throws Exception {
        int before = planCount();
        String bomb = aliasBomb();
        org.assertj.core.api.Assertions.assertThat(bomb.length()).isBetween(15_000, 20_000);
        String answer = postYaml("slt", bomb).andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].line").value(7))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("ankere og aliaser (& og *) er ikke tillatt")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThat(answer.getBytes(StandardCharsets.UTF_8).length).isLessThan(20 * 1024);
        String page = mvc.perform(multipart("/tiltak/last-opp").file(file(bomb)).with(csrf())
                        .with(user(users.loadUserByUsername("slt")))).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Linje 7, felt (syntax): ankere og aliaser")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThat(page.length()).isLessThan(20 * 1024);
        postYaml("slt", baerum("bare-anker").replace("text: Løpende", "text: &t Løpende"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].line").value(14));
        org.assertj.core.api.Assertions.assertThat(planCount()).isEqualTo(before);
    }

    /** A plan of 300 measures, each with an unknown status: 300 errors. */
    static String threeHundredBadRows() {
        StringBuilder yaml = new StringBuilder("id: trehundre\ntitle: Mange feil\nversion: 1\nmunicipalities: ['3201']\n"
                + "policeDistrict: oslo\nperiod: {from: 2019, to: 2022}\nmeasures:\n");
        for (int i = 1; i <= 300; i++) {
            yaml.append("- {number: ").append(i).append(", title: Tiltak ").append(i).append(", area: Samordning, ")
                    .append("description: Beskrivelse, responsible: {parties: [MUNICIPALITY]}, ")
                    .append("statuses: [{period: '2019', status: FINISHED}], ")
                    .append("recommendation: {decision: CONTINUE, text: Videreføres.}}\n");
        }
        return yaml.toString();
    }

    @Test
    void atMostOneHundredErrorsAreListedThenHowManyMore() throws Exception {
        postYaml("slt", threeHundredBadRows()).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(100))
                .andExpect(jsonPath("$.errors[0].line").value(8))
                .andExpect(jsonPath("$.errors[99].field").value("measures[99].statuses[0].status"))
                .andExpect(jsonPath("$.moreErrors.count").value(200))
                .andExpect(jsonPath("$.moreErrors.message").value("… og 200 feil til"));
        String page = mvc.perform(multipart("/tiltak/last-opp").file(file(threeHundredBadRows())).with(csrf())
                        .with(user(users.loadUserByUsername("slt")))).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Linje 107, felt measures[99].statuses[0].status")))
                .andExpect(content().string(not(containsString("measures[100]"))))
                .andExpect(content().string(containsString("<li>… og 200 feil til</li>")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String list = page.substring(page.indexOf("<ul id=\"file-errors\">"), page.indexOf("</ul>", page.indexOf("file-errors")));
        org.assertj.core.api.Assertions.assertThat(list.split("<li>", -1)).hasSize(1 + 100 + 1);
        mvc.perform(multipart("/tiltak/last-opp").file(file(threeHundredBadRows())).with(csrf()).locale(Locale.ENGLISH)
                        .header("Accept-Language", "en").with(user(users.loadUserByUsername("slt"))))
                .andExpect(content().string(containsString("… and 200 more errors")));
    }

    static MockMultipartFile file(String yaml) {
        return new MockMultipartFile("file", "sandefjord.yaml", "application/yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }
}
