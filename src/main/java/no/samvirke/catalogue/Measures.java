package no.samvirke.catalogue;

import java.util.List;

/** The measures a case in a municipality may be given (the module's public API). */
public interface Measures {

    /**
     * The measures of the municipality's current plan (the highest version loaded from a plan file;
     * derived drafts of a revised plan are not current), in number order; empty when it has no plan.
     */
    List<MeasureRef> activeMeasuresFor(String municipalityCode);

    boolean exists(String planId, int number);
}
