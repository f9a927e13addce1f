package no.samvirke.catalogue.internal;

import java.util.List;

/** A plan file that was rejected as a whole; {@link #errors()} names line and field of each problem. */
public class InvalidPlanFileException extends RuntimeException {

    private final transient List<PlanFileError> errors;

    InvalidPlanFileException(String file, List<PlanFileError> errors) {
        super("Plan file " + file + " rejected: " + errors);
        this.errors = List.copyOf(errors);
    }

    public List<PlanFileError> errors() {
        return errors;
    }
}
