package no.samvirke.followup.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import no.samvirke.platform.InvalidInputException;
import no.samvirke.platform.InvalidInputException.FieldProblem;
import org.junit.jupiter.api.Test;

/** A follow-up form's note from JSON: text is kept, a list or an object is refused (never stored as "[1, 2]"). */
class FormInputTest {

    private static List<FieldProblem> problemsOf(Object note) {
        FormInput input = new FormInput(Map.of("note", note), Clock.systemUTC());
        input.note();
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, input::throwIfInvalid);
        return refused == null ? List.of() : refused.problems();
    }

    @Test
    void aTextNoteIsKeptAndAListOrObjectIsTheWrongType() {
        assertThat(new FormInput(Map.of("note", "  Avtalt møte.  "), Clock.systemUTC()).note()).isEqualTo("Avtalt møte.");
        assertThat(problemsOf(List.of(1, 2))).containsExactly(new FieldProblem("note", "problem.field.wrongType"));
        assertThat(problemsOf(Map.of("x", 1))).containsExactly(new FieldProblem("note", "problem.field.wrongType"));
        assertThat(problemsOf(" ")).containsExactly(new FieldProblem("note", "followup.error.required"));
    }
}
