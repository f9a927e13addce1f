package no.samvirke.anonymisation.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import no.samvirke.platform.InvalidInputException;
import no.samvirke.platform.InvalidInputException.FieldProblem;
import no.samvirke.anonymisation.AnonymisedDescriptions;
import org.junit.jupiter.api.Test;
import no.samvirke.anonymisation.IdentifyingTextDetector;

/** Hard findings cannot be confirmed away; soft findings and every text need the writer's confirmation. */
class AnonymisedTextCheckTest {

    private static final IdentifyingTextDetector.Subject SUBJECT =
            new IdentifyingTextDetector.Subject("Åse Probesen", LocalDate.of(2012, 7, 5), null);

    private static void check(String text, boolean confirmed) {
        AnonymisedTextCheck.require(text, confirmed, IdentifyingTextDetector.INSTANCE.find(text, SUBJECT));
    }

    @Test
    void aCleanTextNeedsTheConfirmationToo() {
        assertThatThrownBy(() -> check("En elev deler voldelig propaganda.", false))
                .isInstanceOf(InvalidInputException.class).extracting(e -> ((InvalidInputException) e).problems())
                .asList().containsExactly(new FieldProblem(AnonymisedDescriptions.CONFIRM_FIELD, AnonymisedTextCheck.CONFIRM_REQUIRED));
        assertThatCode(() -> check("En elev deler voldelig propaganda.", true)).doesNotThrowAnyException();
    }

    @Test
    void softFindingsAreAcceptedOnlyWithTheConfirmation() {
        String text = "Eleven kom til landet i 2015 og snakker med Zeynep.";
        assertThatThrownBy(() -> check(text, false)).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).problems()).asList().contains(
                        new FieldProblem(AnonymisedDescriptions.FIELD, "sharing.anonymised.finding.YEAR"),
                        new FieldProblem(AnonymisedDescriptions.FIELD, "sharing.anonymised.finding.POSSIBLE_NAME"));
        assertThatCode(() -> check(text, true)).doesNotThrowAnyException();
    }

    @Test
    void hardFindingsCannotBeConfirmed() {
        for (String text : new String[] {"Åses bror ringer.", "Fnr 050712 50190.", "Ring 912 34 567.",
                "Skriv til mor@example.no.", "Bor i Storgata 12B.", "Født 5/7-12.", "Moren Kari ringte."}) {
            assertThatThrownBy(() -> check(text, true)).as(text).isInstanceOf(InvalidInputException.class)
                    .extracting(e -> ((InvalidInputException) e).problems()).asList()
                    .contains(new FieldProblem(AnonymisedDescriptions.FIELD, AnonymisedTextCheck.HARD_STOP));
        }
    }

    @Test
    void blankAndTooLongTextsAreRefused() {
        assertThatThrownBy(() -> check(" ", true)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> check("a ".repeat(5001) + "b", true)).isInstanceOf(InvalidInputException.class);
    }
}
