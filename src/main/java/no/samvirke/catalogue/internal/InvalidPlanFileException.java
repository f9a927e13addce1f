package no.samvirke.catalogue.internal;

import java.util.List;

/**
 * A plan file that was rejected as a whole; {@link #errors()} names line and field of each problem,
 * the first {@link #MAX_ERRORS} of them; {@link #moreErrors()} counts the rest (a file with a
 * thousand bad rows gets a readable answer, not a megabyte of errors).
 */
public class InvalidPlanFileException extends RuntimeException {

    public static final int MAX_ERRORS = 100;

    private final transient List<PlanFileError> errors;
    private final int moreErrors;

    InvalidPlanFileException(String file, List<PlanFileError> errors) {
        super("Plan file " + file + " rejected: " + errors.subList(0, Math.min(errors.size(), MAX_ERRORS))
                + (errors.size() > MAX_ERRORS ? " and " + (errors.size() - MAX_ERRORS) + " more errors" : ""));
        this.errors = List.copyOf(errors.subList(0, Math.min(errors.size(), MAX_ERRORS)));
        this.moreErrors = Math.max(0, errors.size() - MAX_ERRORS);
    }

    /** At most {@link #MAX_ERRORS}, in the order found. */
    public List<PlanFileError> errors() {
        return errors;
    }

    /** How many errors were found beyond {@link #errors()}. */
    public int moreErrors() {
        return moreErrors;
    }
}
