package no.samvirke.catalogue.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import no.samvirke.catalogue.Measure;
import no.samvirke.catalogue.Plan;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** The 2017 status report as CSV reads back to the same measures, texts with ';', quotes and newlines included. */
class StatusReportCsvTest {

    @Test
    void theBaerumReportRoundTrips() throws Exception {
        Plan plan = new PlanFileReader().read("b", new ClassPathResource("plans/baerum-2015.yaml")
                .getContentAsString(StandardCharsets.UTF_8));
        List<List<String>> records = StatusReportCsv.read(StatusReportCsv.write(StatusReport.of(plan, "2017")));
        assertThat(records.get(0)).isEqualTo(StatusReportCsv.HEADER);
        assertThat(records).hasSize(40);
        for (int i = 0; i < 39; i++) {
            Measure m = plan.measures().get(i);
            List<String> r = records.get(i + 1);
            assertThat(r).hasSize(StatusReportCsv.HEADER.size());
            assertThat(r.subList(0, 3)).containsExactly(m.area(), String.valueOf(m.number()), m.title());
            assertThat(r.get(6)).isEqualTo(m.status("2017").orElseThrow().status().name());
            assertThat(r.get(7)).isEqualTo(m.status("2017").orElseThrow().text());
            assertThat(r.get(8)).isEqualTo(m.recommendation().decision().name());
            assertThat(r.get(11)).isEqualTo(m.recommendation().text());
        }
    }

    @Test
    void awkwardTextSurvives() {
        Plan plan = new PlanFileReader().read("t", PlanFileReaderTest.VALID.replace("text: Videreføres.",
                "text: \"Ja; «sitat» og \\\"anførsel\\\"\\nny linje\""));
        List<List<String>> records = StatusReportCsv.read(StatusReportCsv.write(StatusReport.of(plan, "2018")));
        assertThat(records.get(1).get(11)).isEqualTo("Ja; «sitat» og \"anførsel\"\nny linje");
        assertThat(records.get(2).get(6)).isEmpty();
    }
}
