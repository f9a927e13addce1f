package no.samvirke.catalogue.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@SpringBootTest
@AutoConfigureMockMvc
class CataloguePagesTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;

    MockHttpServletRequestBuilder page(String path) {
        return get(path).with(user(users.loadUserByUsername("helse")));
    }

    @Test
    void theCatalogueIsShownByAreaWithPartiesNamed() throws Exception {
        mvc.perform(page("/tiltak")).andExpect(status().isOk())
                .andExpect(content().string(containsString("<h2 id=\"area-0\">Dialog, samarbeid og koordinering</h2>")))
                .andExpect(content().string(containsString("Oppfølging av hjemvendte")))
                .andExpect(content().string(containsString("39 av 39 tiltak vises.")))
                .andExpect(content().string(containsString("class=\"party party-POLICE\">Politiet</span>")));
    }

    @Test
    void filtersAndSearchNarrowTheList() throws Exception {
        mvc.perform(page("/tiltak").param("responsible", "POLICE").param("decision", "CONTINUE"))
                .andExpect(content().string(containsString(">Avklaringssamtale</a>")))
                .andExpect(content().string(not(containsString(">Kjernegruppen</a>"))));
        mvc.perform(page("/tiltak").param("status", "NOT_DONE"))
                .andExpect(content().string(containsString("2 av 39 tiltak vises.")));
        mvc.perform(page("/tiltak").param("q", "fadder"))
                .andExpect(content().string(containsString("1 av 39 tiltak vises.")))
                .andExpect(content().string(containsString(">Fadderordning</a>")));
    }

    @Test
    void measure22ShowsItsStatusRecommendationAndRuns() throws Exception {
        mvc.perform(page("/tiltak/baerum-2015/22")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Tiltak 22 Avklaringssamtale")))
                .andExpect(content().string(containsString("Tiltaket foreslås videreført.")))
                .andExpect(content().string(containsString("Gjennomført i saksbehandlingen:")))
                .andExpect(content().string(containsString(">33 Avklaringssamtale </a>")));
        mvc.perform(page("/tiltak/baerum-2015/22").locale(Locale.ENGLISH).header("Accept-Language", "en"))
                .andExpect(content().string(containsString("Measure 22 Avklaringssamtale")));
        mvc.perform(page("/tiltak/baerum-2015/99")).andExpect(status().isNotFound());
    }

    @Test
    void theMergeMapGroupsMeasuresThatGoTogether() throws Exception {
        mvc.perform(page("/tiltak/baerum-2015/sammenslaing")).andExpect(status().isOk())
                .andExpect(content().string(containsString("<caption>Tiltak som slås sammen til ett tiltak i revidert plan</caption>")))
                .andExpect(content().string(containsString("5 Trossamfunnskontakter</a><span> → Mangfoldskontakter</span>")));
    }

    @Test
    void theStatusReportFollowsTheSeedsStructureAndDownloadsAsCsv() throws Exception {
        mvc.perform(page("/tiltak/baerum-2015/rapport").param("period", "2017")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Status tiltak handlingsplanen per 31.12.2017")))
                .andExpect(content().string(containsString("<h2 id=\"report-area-6\">Oppfølging av hjemvendte</h2>")))
                .andExpect(content().string(containsString("Tiltak 39 Straffeforfølgelse")));
        mvc.perform(page("/tiltak/baerum-2015/rapport.csv").param("period", "2017")).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header().string(
                        "Content-Disposition", containsString("statusrapport-baerum-2015-2017.csv")))
                .andExpect(content().string(containsString("Avklaringssamtale")));
    }

    @Test
    void theSltCoordinatorDerivesTheRevisedPlanWithAPlainFormPost() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/tiltak/baerum-2015/revisjon")
                        .with(user(users.loadUserByUsername("slt")))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(
                        "/tiltak?plan=baerum-2015-v2"));
        mvc.perform(page("/tiltak").param("plan", "baerum-2015-v2").param("q", "mangfold"))
                .andExpect(content().string(containsString(">Mangfoldskontakter</a>")));
    }

    /** Found by AuthorizationMatrixTest.MATRIX_MORE: Asker's SLT coordinator replaced Bærum's derived plan (302). */
    @Test
    void anotherMunicipalitysSltCoordinatorCannotDeriveTheRevisedPlan() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/tiltak/baerum-2015/revisjon")
                        .with(user(users.loadUserByUsername("asker-slt")))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isForbidden());
    }
}
