package no.samvirke.catalogue;

import java.util.List;
import java.util.Optional;

/** Read access to the loaded plans (the module's public API). */
public interface Plans {

    /** All plans, without their measures, ordered by id. */
    List<Plan> all();

    /** One plan with its measures in number order. */
    Optional<Plan> find(String planId);

    /**
     * A municipality that joins takes up that plan: it gets its own copy, {@code <planId>-<code>}, with the
     * same measures and none of the other municipality's status texts, for itself and its police district,
     * so that {@link Measures#activeMeasuresFor} offers the measures to its cases at once, its SLT
     * coordinator revises it alone, and the original plan (and its file) stays the other municipality's.
     * Returns the copy's id; nothing changes if the copy exists. Fails with {@link IllegalArgumentException}
     * for an unknown plan or municipality.
     */
    String adopt(String planId, String municipalityCode);
}
