package no.samvirke.catalogue.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import no.samvirke.catalogue.Measure;
import no.samvirke.catalogue.Plans;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The 2017 status report downloads as a PDF that opens and holds all 39 measures. */
@SpringBootTest
@AutoConfigureMockMvc
class StatusReportPdfTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired Plans plans;

    @Test
    void thePdfOpensAndContainsEveryMeasure() throws Exception {
        byte[] pdf = mvc.perform(get("/tiltak/baerum-2015/rapport.pdf").param("period", "2017")
                        .with(user(users.loadUserByUsername("politi"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Status tiltak handlingsplanen per 31.12.2017", "Oppfølging av hjemvendte");
            for (Measure m : plans.find("baerum-2015").orElseThrow().measures()) {
                assertThat(text).contains("Tiltak " + m.number() + " " + m.title());
            }
        }
    }
}
