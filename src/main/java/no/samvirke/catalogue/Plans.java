package no.samvirke.catalogue;

import java.util.List;
import java.util.Optional;

/** Read access to the loaded plans (the module's public API). */
public interface Plans {

    /** All plans, without their measures, ordered by id. */
    List<Plan> all();

    /** One plan with its measures in number order. */
    Optional<Plan> find(String planId);
}
