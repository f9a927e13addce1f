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
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Another municipality's plan is added by uploading its file; a malformed file is rejected whole. */
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


    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;

    int planCount() {
        return jdbc.queryForObject("select count(*) from catalogue_plan", Integer.class);
    }

    ResultActions postYaml(String user, String yaml) throws Exception {
        return mvc.perform(post("/api/v1/plans").with(httpBasic(user, "demo")).contentType("application/yaml")
                .content(yaml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theSltCoordinatorUploadsSandefjordsPlanThroughTheApiAndItIsListed() throws Exception {
        postYaml("slt", SANDEFJORD).andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/plans/sandefjord-2019"))
                .andExpect(jsonPath("$.municipalities[0]").value("3907"));
        mvc.perform(get("/api/v1/plans").with(httpBasic("skole", "demo")))
                .andExpect(jsonPath("$[*].id", hasItem("sandefjord-2019")));
        mvc.perform(get("/api/v1/plans/sandefjord-2019/measures").with(httpBasic("skole", "demo")))
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[1].title").value("Bekymringssamtale"));
        postYaml("admin", SANDEFJORD).andExpect(status().isOk());
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
        String plan = SANDEFJORD.replace("sandefjord-2019", "sandefjord-conflict");
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
        String plan = SANDEFJORD.replace("sandefjord-2019", "sandefjord-page");
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

    static MockMultipartFile file(String yaml) {
        return new MockMultipartFile("file", "sandefjord.yaml", "application/yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }
}
