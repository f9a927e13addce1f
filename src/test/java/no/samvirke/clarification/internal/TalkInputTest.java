package no.samvirke.clarification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;
import no.samvirke.platform.InvalidInputException;
import no.samvirke.platform.InvalidInputException.FieldProblem;
import org.junit.jupiter.api.Test;

/** Talk text from JSON: text (or a page's repeated value) is kept, numbers in a list or an object are refused. */
class TalkInputTest {

    private static List<FieldProblem> problemsOf(Object reasons) {
        TalkInput input = new TalkInput(Map.of("reasons", reasons));
        input.text("reasons", 100);
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, input::throwIfInvalid);
        return refused == null ? List.of() : refused.problems();
    }

    @Test
    void textIsKeptAndAListOfNumbersOrAnObjectIsTheWrongType() {
        assertThat(new TalkInput(Map.of("reasons", List.of("Ingen tegn."))).text("reasons", 100)).isEqualTo("Ingen tegn.");
        assertThat(problemsOf(List.of(1, 2))).containsExactly(new FieldProblem("reasons", "problem.field.wrongType"));
        assertThat(problemsOf(Map.of("x", 1))).containsExactly(new FieldProblem("reasons", "problem.field.wrongType"));
    }
}
