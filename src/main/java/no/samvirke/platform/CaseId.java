package no.samvirke.platform;

import java.util.Objects;
import java.util.UUID;

/**
 * The id of a case (a registered concern): the business key of every process that works on it and,
 * under the one name {@value #VARIABLE}, the process variable that carries it into called processes.
 */
public record CaseId(UUID value) {

    /** The name of the case-id variable in every process (ADR 0027). */
    public static final String VARIABLE = "caseId";

    public CaseId {
        Objects.requireNonNull(value, "case id");
    }

    public static CaseId of(UUID value) {
        return new CaseId(value);
    }

    /** Parses a business key or a stored variable; throws {@link IllegalArgumentException} if it is no UUID. */
    public static CaseId of(String value) {
        return new CaseId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
