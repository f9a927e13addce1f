package no.samvirke.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import no.samvirke.platform.InvalidInputException;
import no.samvirke.platform.InvalidInputException.FieldProblem;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;

class TaskFormInputTest {

    @Test
    void oneValueIsAStringSeveralAreAListAndTheCsrfTokenIsLeftOut() {
        LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("_csrf", "token");
        form.add("decision", "close");
        form.add("measures", "12");
        form.add("measures", "23");
        form.add("reason", "");

        Map<String, Object> input = TaskFormInput.valuesOf(form);

        assertThat(input).containsExactly(
                Map.entry("decision", "close"),
                Map.entry("measures", List.of("12", "23")),
                Map.entry("reason", ""));
    }

    @Test
    void anEmptyFormIsEmptyInput() {
        assertThat(TaskFormInput.valuesOf(new LinkedMultiValueMap<>())).isEmpty();
    }

    private static List<FieldProblem> problemsOf(TaskFormInput input, String field) {
        input.text(field, TaskFormInput.MAX_TEXT, true);
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, input::throwIfInvalid);
        return refused == null ? List.of() : refused.problems();
    }

    private static TaskFormInput followUpNote(Object note) {
        return new TaskFormInput(Map.of("note", note), Clock.systemUTC(), "followup.error");
    }

    /** A follow-up form's note from JSON: text is kept, a list or an object is refused (never stored as "[1, 2]"). */
    @Test
    void aTextNoteIsKeptAndAListOrObjectIsTheWrongType() {
        assertThat(followUpNote("  Avtalt møte.  ").text("note", TaskFormInput.MAX_TEXT, true)).isEqualTo("Avtalt møte.");
        assertThat(problemsOf(followUpNote(List.of(1, 2)), "note")).containsExactly(new FieldProblem("note", "problem.field.wrongType"));
        assertThat(problemsOf(followUpNote(Map.of("x", 1)), "note")).containsExactly(new FieldProblem("note", "problem.field.wrongType"));
        assertThat(problemsOf(followUpNote(" "), "note")).containsExactly(new FieldProblem("note", "followup.error.required"));
    }

    private static TaskFormInput talkReasons(Object reasons) {
        return new TaskFormInput(Map.of("reasons", reasons), Clock.systemUTC(), "clarification.error").firstOfRepeated();
    }

    /** Talk text from JSON: text (or a page's repeated value) is kept, numbers in a list or an object are refused. */
    @Test
    void textIsKeptAndAListOfNumbersOrAnObjectIsTheWrongType() {
        assertThat(talkReasons(List.of("Ingen tegn.")).text("reasons", 100, true)).isEqualTo("Ingen tegn.");
        assertThat(problemsOf(talkReasons(List.of(1, 2)), "reasons")).containsExactly(new FieldProblem("reasons", "problem.field.wrongType"));
        assertThat(problemsOf(talkReasons(Map.of("x", 1)), "reasons")).containsExactly(new FieldProblem("reasons", "problem.field.wrongType"));
    }
}
