package no.samvirke.catalogue.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Malformed plan files are rejected with errors naming the line and the field. */
class PlanFileReaderTest {

    static final String VALID = """
            id: test-plan
            title: Testplan
            version: 1
            municipalities: ['3203']
            policeDistrict: oslo
            period: {from: 2018, to: 2020}
            measures:
            - number: 1
              title: Kjernegruppen
              area: Dialog
              description: Kjernegruppen møtes.
              responsible: {parties: [MUNICIPALITY]}
              statuses:
              - {period: '2018', status: DONE, text: Gjennomført}
              recommendation: {decision: CONTINUE, text: Videreføres.}
            - number: 2
              title: Avklaringssamtale
              area: Dialog
              description: Politiet kaller inn.
              responsible: {parties: [POLICE], unit: Forebyggingskontakt}
              recommendation: {decision: MERGE, mergedWith: [1], text: Slås sammen.}
            """;

    static List<PlanFileError> errorsOf(String yaml) {
        return catchThrowableOfType(InvalidPlanFileException.class,
                () -> new PlanFileReader().read("bad.yaml", yaml)).errors();
    }

    @Test
    void aValidFileIsRead() {
        var plan = new PlanFileReader().read("ok.yaml", VALID);
        assertThat(plan.measures()).hasSize(2);
        assertThat(plan.measure(2).orElseThrow().responsible().unit()).isEqualTo("Forebyggingskontakt");
    }

    @Test
    void anUnknownStatusNamesItsLineAndField() {
        assertThat(errorsOf(VALID.replace("status: DONE", "status: FINISHED")))
                .containsExactly(new PlanFileError(14, "measures[0].statuses[0].status",
                        "'FINISHED' is not one of [DONE, ONGOING, IN_PROGRESS, NOT_DONE]"));
    }

    @Test
    void everyProblemIsReportedNotOnlyTheFirst() {
        String yaml = VALID.replace("number: 2", "number: two").replace("area: Dialog\n  description: Politiet",
                "description: Politiet").replace("[POLICE]", "[POLITI]");
        assertThat(errorsOf(yaml)).extracting(PlanFileError::line, PlanFileError::field).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(16, "measures[1].number"),
                org.assertj.core.groups.Tuple.tuple(16, "measures[1].area"),
                org.assertj.core.groups.Tuple.tuple(19, "measures[1].responsible.parties"));
    }

    @Test
    void aMergeWithAnUnknownMeasureIsRejected() {
        assertThat(errorsOf(VALID.replace("mergedWith: [1]", "mergedWith: [7]")))
                .containsExactly(new PlanFileError(16, "measures[1].recommendation.mergedWith",
                        "measure 7 is not another measure of this plan"));
    }

    @Test
    void aTypoInAFieldNameIsRejected() {
        assertThat(errorsOf(VALID.replace("  title: Kjernegruppen", "  titel: Kjernegruppen")))
                .extracting(PlanFileError::line, PlanFileError::field).contains(
                        org.assertj.core.groups.Tuple.tuple(9, "measures[0].titel"),
                        org.assertj.core.groups.Tuple.tuple(8, "measures[0].title"));
    }

    @Test
    void brokenYamlSyntaxNamesTheLine() {
        List<PlanFileError> errors = errorsOf(VALID.replace("version: 1", "version: [1"));
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).field()).isEqualTo("(syntax)");
        assertThat(errors.get(0).line()).isBetween(3, 5);
    }

    @Test
    void duplicateNumbersAreRejected() {
        assertThat(errorsOf(VALID.replace("number: 2", "number: 1").replace("mergedWith: [1]", "mergedWith: []")
                .replace("decision: MERGE", "decision: CONTINUE")))
                .extracting(PlanFileError::field).containsExactly("measures[1].number");
    }
}
