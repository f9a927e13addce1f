package no.samvirke.platform;

import java.util.List;

/**
 * Input that breaks a rule which bean validation cannot express. Each entry names the field
 * and a message key; the web layer turns it into problem+json or messages next to the fields.
 */
public class InvalidInputException extends RuntimeException {

    public record FieldProblem(String field, String messageKey) {
    }

    private final List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super("Invalid input in " + problems.stream().map(FieldProblem::field).toList());
        this.problems = List.copyOf(problems);
    }

    public static InvalidInputException of(String field, String messageKey) {
        return new InvalidInputException(List.of(new FieldProblem(field, messageKey)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
