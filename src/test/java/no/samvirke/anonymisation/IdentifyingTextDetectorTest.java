package no.samvirke.anonymisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The detector on a corpus of Norwegian sentences (src/test/resources/anonymisation/identifying-corpus.txt):
 * positives of every kind in varied forms, and ordinary sentences with places, institutions,
 * weekdays, months without a day, grades and counts that must not be flagged. Precision and recall
 * are counted over (sentence, kind) pairs and printed; every hard positive must be caught.
 */
class IdentifyingTextDetectorTest {

    private static final IdentifyingTextDetector.Subject SUBJECT =
            new IdentifyingTextDetector.Subject("Åse Probesen", LocalDate.of(2012, 7, 5), "05071250123");

    record Line(Set<IdentifyingKind> expected, String sentence) {
    }

    private static List<Line> corpus;

    @BeforeAll
    static void read() throws IOException {
        try (InputStream in = IdentifyingTextDetectorTest.class.getResourceAsStream("/anonymisation/identifying-corpus.txt")) {
            corpus = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).map(IdentifyingTextDetectorTest::line).toList();
        }
    }

    private static Line line(String raw) {
        String[] parts = raw.split("\\|", 2);
        Set<IdentifyingKind> kinds = EnumSet.noneOf(IdentifyingKind.class);
        if (!parts[0].strip().equals("-")) {
            Arrays.stream(parts[0].split(",")).map(String::strip).map(IdentifyingKind::valueOf).forEach(kinds::add);
        }
        return new Line(kinds, parts[1].strip());
    }

    private static Set<IdentifyingKind> found(String sentence) {
        return IdentifyingTextDetector.INSTANCE.find(sentence, SUBJECT).stream().map(TextFinding::kind)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(IdentifyingKind.class)));
    }

    @Test
    void theCorpusIsLargeAndCoversEveryKindAndEnoughNegatives() {
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(60);
        Set<IdentifyingKind> covered = corpus.stream().flatMap(l -> l.expected().stream()).collect(Collectors.toSet());
        assertThat(covered).containsExactlyInAnyOrder(IdentifyingKind.values());
        assertThat(corpus.stream().filter(l -> l.expected().isEmpty()).count()).isGreaterThanOrEqualTo(30);
    }

    @Test
    void precisionAndRecallOnTheCorpus() {
        int truePositives = 0;
        int falsePositives = 0;
        int falseNegatives = 0;
        List<String> mistakes = new ArrayList<>();
        for (Line line : corpus) {
            Set<IdentifyingKind> found = found(line.sentence());
            for (IdentifyingKind kind : IdentifyingKind.values()) {
                boolean expected = line.expected().contains(kind);
                boolean got = found.contains(kind);
                truePositives += expected && got ? 1 : 0;
                falsePositives += !expected && got ? 1 : 0;
                falseNegatives += expected && !got ? 1 : 0;
            }
            if (!found.equals(line.expected())) {
                mistakes.add(line.sentence() + " expected " + line.expected() + " found " + found);
            }
        }
        double precision = truePositives / (double) (truePositives + falsePositives);
        double recall = truePositives / (double) (truePositives + falseNegatives);
        System.out.printf("Identifying text detector on %d sentences: precision %.3f, recall %.3f%n%s%n",
                corpus.size(), precision, recall, String.join("\n", mistakes));
        assertThat(precision).as("precision; mistakes: %s", mistakes).isGreaterThanOrEqualTo(0.95);
        assertThat(recall).as("recall; mistakes: %s", mistakes).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void everyHardPositiveIsCaught() {
        for (Line line : corpus) {
            Set<IdentifyingKind> found = found(line.sentence());
            line.expected().stream().filter(IdentifyingKind::hard)
                    .forEach(kind -> assertThat(found).as(line.sentence()).contains(kind));
        }
    }

    @Test
    void noNegativeIsFlagged() {
        corpus.stream().filter(l -> l.expected().isEmpty())
                .forEach(l -> assertThat(IdentifyingTextDetector.INSTANCE.find(l.sentence(), SUBJECT)).as(l.sentence()).isEmpty());
    }

    @Test
    void findingsSayWhereSoThatTheWriterSeesThemHighlighted() {
        String text = "Åses bror ringte fra 912 34 567.";
        assertThat(IdentifyingTextDetector.INSTANCE.find(text, SUBJECT)).containsExactly(
                new TextFinding(IdentifyingKind.SUBJECT_NAME, 0, 4),
                new TextFinding(IdentifyingKind.PHONE_NUMBER, 21, 31));
    }

    @Test
    void withoutARegisteredSubjectTheNamesAreStillFoundAsNames() {
        assertThat(IdentifyingTextDetector.INSTANCE.find("Hun heter Kari Hansen.", IdentifyingTextDetector.Subject.NONE))
                .extracting(TextFinding::kind).containsOnly(IdentifyingKind.PERSON_NAME);
    }
}
