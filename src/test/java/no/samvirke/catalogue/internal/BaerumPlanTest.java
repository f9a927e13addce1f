package no.samvirke.catalogue.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import no.samvirke.catalogue.Decision;
import no.samvirke.catalogue.Measure;
import no.samvirke.catalogue.MeasureStatus;
import no.samvirke.catalogue.Party;
import no.samvirke.catalogue.Plan;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.ClassPathResource;

/**
 * The shipped Bærum plan against the seed ("Status tiltak handlingsplanen per 31.12.2017"): every one of
 * the 39 measures, its title, area, the recommended decision and the measures it merges with. The
 * expectations are written here from a reading of the seed, not from the YAML file.
 */
class BaerumPlanTest {

    static final String DIALOG = "Dialog, samarbeid og koordinering";
    static final String KUNNSKAP = "Kunnskap og kompetanse";
    static final String TIDLIG = "Tidlig innsats og forebygging";
    static final String UNGDOM = "Forebygge at ekstremisme oppstår: oppfølging av ungdom";
    static final String FORELDRE = "Foreldre/foresatte";
    static final String UTREISE = "Oppfølging av familien når et familiemedlem har reist ut";
    static final String HJEMVENDTE = "Oppfølging av hjemvendte";

    static Plan plan;

    @BeforeAll
    static void read() throws IOException {
        String yaml = new ClassPathResource("plans/baerum-2015.yaml").getContentAsString(StandardCharsets.UTF_8);
        plan = new PlanFileReader().read("baerum-2015.yaml", yaml);
    }

    static Stream<Arguments> seed() {
        return Stream.of(
                m(1, "Kjernegruppen", DIALOG, "CONTINUE"),
                m(2, "Ressursenhet", DIALOG, "DISCONTINUE"),
                m(3, "Dialogforum", DIALOG, "CONTINUE"),
                m(4, "Kompetanseheving om taushetsplikten vs. opplysningsplikten", KUNNSKAP, "MERGE", 6),
                m(5, "Trossamfunnskontakter", KUNNSKAP, "CONTINUE"),
                m(6, "Kompetanseheving", KUNNSKAP, "MERGE", 11, 13, 14),
                m(7, "Fagdag", KUNNSKAP, "CONTINUE"),
                m(8, "Erfaringsutveksling", KUNNSKAP, "MERGE", 9, 35),
                m(9, "Kontinuerlig evaluering", KUNNSKAP, "MERGE", 8, 35),
                m(10, "Kontaktinformasjon", KUNNSKAP, "MERGE", 12),
                m(11, "Informasjonsspredning", KUNNSKAP, "MERGE", 6, 13),
                m(12, "Veileder", KUNNSKAP, "MERGE", 10),
                m(13, "Bevisstgjøring", KUNNSKAP, "MERGE", 6),
                m(14, "Foredrag", KUNNSKAP, "MERGE", 6),
                m(15, "Råd og veiledning", KUNNSKAP, "MERGE", 6, 8),
                m(16, "Fremme positiv identitet og tilhørighet", TIDLIG, "CONTINUE"),
                m(17, "Motvirke barnefattigdom", TIDLIG, "REMOVE"),
                m(18, "Rollemodeller", UNGDOM, "DISCONTINUE"),
                m(19, "Enslig mindreårige flyktninger", UNGDOM, "MERGE", 6),
                m(20, "Avradikalisering", UNGDOM, "MERGE", 6),
                m(21, "Mentorprogram", UNGDOM, "DISCONTINUE"),
                m(22, "Avklaringssamtale", UNGDOM, "CONTINUE"),
                m(23, "Trygghetsprogrammet", UNGDOM, "CONTINUE"),
                m(24, "Fadderordning", FORELDRE, "CONTINUE"),
                m(25, "Foreldreveiledning", FORELDRE, "REMOVE"),
                m(26, "Foreldreveiledning", FORELDRE, "CONTINUE"),
                m(27, "Foreldreverktøy", FORELDRE, "CONTINUE"),
                m(28, "Foreldrenettverk", FORELDRE, "MERGE", 3, 26),
                m(29, "Varslingsrutine utreise/ hjemkomst", UTREISE, "MERGE", 36),
                m(30, "Kontakte familien", UTREISE, "MERGE", 31),
                m(31, "Oppfølging av familien", UTREISE, "CONTINUE"),
                m(32, "Rutine for oppfølging av hjemvendte", HJEMVENDTE, "CONTINUE"),
                m(33, "Avklaringssamtale", HJEMVENDTE, "MERGE", 22),
                m(34, "Straffeforfølgelse", HJEMVENDTE, "CONTINUE"),
                m(35, "Internasjonalt politisamarbeid", HJEMVENDTE, "MERGE", 8, 9),
                m(36, "Varslingsrutine", HJEMVENDTE, "MERGE", 29),
                m(37, "Oppfølging", HJEMVENDTE, "CONTINUE"),
                m(38, "Exit-program", HJEMVENDTE, "MERGE", 37),
                m(39, "Straffeforfølgelse", HJEMVENDTE, "MERGE", 34));
    }

    static Arguments m(int number, String title, String area, String decision, Integer... mergedWith) {
        return Arguments.of(number, title, area, Decision.valueOf(decision), Arrays.asList(mergedWith));
    }

    @ParameterizedTest(name = "tiltak {0} {1}")
    @MethodSource("seed")
    void measureMatchesTheSeed(int number, String title, String area, Decision decision, List<Integer> merges) {
        Measure measure = plan.measure(number).orElseThrow();
        assertThat(measure.title()).isEqualTo(title);
        assertThat(measure.area()).isEqualTo(area);
        assertThat(measure.recommendation().decision()).isEqualTo(decision);
        assertThat(measure.recommendation().mergedWith()).containsExactlyInAnyOrderElementsOf(merges);
        assertThat(measure.description()).isNotBlank();
        assertThat(measure.status("2017")).isPresent();
    }

    @Test
    void thePlanHasAll39MeasuresInTheSevenAreasInOrder() {
        assertThat(plan.id()).isEqualTo("baerum-2015");
        assertThat(plan.measures()).extracting(Measure::number)
                .containsExactlyElementsOf(Stream.iterate(1, n -> n + 1).limit(39).toList());
        assertThat(plan.areas()).containsExactly(DIALOG, KUNNSKAP, TIDLIG, UNGDOM, FORELDRE, UTREISE, HJEMVENDTE);
        assertThat(plan.municipalities()).containsExactly("3201");
    }

    @Test
    void detailsReadFromTheSeed() {
        assertThat(plan.measure(5).orElseThrow().recommendation().renamedTo()).isEqualTo("Mangfoldskontakter");
        assertThat(plan.measure(35).orElseThrow().nationalPlanRefs()).containsExactly(29, 30);
        assertThat(plan.measure(15).orElseThrow().responsible().parties()).containsExactly(Party.PST);
        assertThat(plan.measure(22).orElseThrow().responsible().parties()).containsExactly(Party.POLICE);
        assertThat(plan.measure(10).orElseThrow().responsible().unit()).isEqualTo("Kommunikasjonsenheten");
        assertThat(plan.measure(32).orElseThrow().partners()).contains("Kommuneoverlegen", "NAV");
        assertThat(plan.measure(24).orElseThrow().status("2017").orElseThrow().status())
                .isEqualTo(MeasureStatus.NOT_DONE);
        assertThat(plan.measure(16).orElseThrow().status("2017").orElseThrow().status())
                .isEqualTo(MeasureStatus.IN_PROGRESS);
        assertThat(plan.measure(22).orElseThrow().status("2017").orElseThrow().text()).isEqualTo("Tiltak gjennomført");
    }
}
