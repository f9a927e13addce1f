package no.samvirke.catalogue.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.samvirke.catalogue.Plans;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/** The start-up loader stores the shipped plan once; a bad file stores nothing. */
@SpringBootTest
class LoadPlansIntegrationTest {

    @Autowired LoadPlans loader;
    @Autowired Plans plans;
    @Autowired JdbcTemplate jdbc;

    @Test
    void theBaerumPlanIsLoadedAtStartUpAndReloadingTheSameFileChangesNothing() throws Exception {
        assertThat(plans.find("baerum-2015").orElseThrow().measures()).hasSize(39);
        String yaml = new org.springframework.core.io.ClassPathResource("plans/baerum-2015.yaml")
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(loader.load("baerum-2015.yaml", yaml)).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from catalogue_measure where plan_id = 'baerum-2015'",
                Integer.class)).isEqualTo(39);
    }

    @Test
    void aChangedFileReplacesThePlanAndStatusIsKeptPerPeriod() {
        loader.load("t.yaml", PlanFileReaderTest.VALID.replace("id: test-plan", "id: test-replace"));
        loader.load("t.yaml", PlanFileReaderTest.VALID.replace("id: test-plan", "id: test-replace")
                .replace("- {period: '2018', status: DONE, text: Gjennomført}",
                        "- {period: '2018', status: DONE, text: Gjennomført}\n  - {period: '2019', status: ONGOING, text: Løpende}"));
        var measure = plans.find("test-replace").orElseThrow().measure(1).orElseThrow();
        assertThat(measure.statuses()).extracting(s -> s.period()).containsExactly("2018", "2019");
    }

    @Test
    void aMalformedFileIsRejectedAndNothingOfItIsStored() {
        assertThatThrownBy(() -> loader.load("bad.yaml", PlanFileReaderTest.VALID
                .replace("id: test-plan", "id: test-bad").replace("decision: CONTINUE", "decision: KEEP")))
                .isInstanceOf(InvalidPlanFileException.class).hasMessageContaining("line 15")
                .hasMessageContaining("measures[0].recommendation.decision");
        assertThat(plans.find("test-bad")).isEmpty();
    }

    @Test
    void aFileTheDatabaseRefusesHalfwayLeavesNoTrace() {
        String tooLongPeriod = "'" + "2".repeat(30) + "'";
        assertThatThrownBy(() -> loader.load("half.yaml", PlanFileReaderTest.VALID
                .replace("id: test-plan", "id: test-half").replace("period: '2018'", "period: " + tooLongPeriod)))
                .isInstanceOf(DataAccessException.class);
        assertThat(plans.find("test-half")).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from catalogue_measure where plan_id = 'test-half'",
                Integer.class)).isZero();
    }
}
