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
     * The municipality follows that plan from now on: its code is added to the plan's municipalities,
     * so that {@link Measures#activeMeasuresFor} offers the plan's measures to its cases at once.
     * Nothing changes if it already does. Fails with {@link IllegalArgumentException} for an unknown plan.
     */
    void adopt(String planId, String municipalityCode);
}
