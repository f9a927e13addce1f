package no.samvirke.catalogue.internal;

/** One problem in a plan file: the line (1-based), the field path (e.g. {@code measures[3].area}) and what is wrong. */
public record PlanFileError(int line, String field, String message) {

    @Override
    public String toString() {
        return "line " + line + ", " + field + ": " + message;
    }
}
