package no.samvirke.catalogue;

import java.util.Collection;
import java.util.UUID;

/** Records which catalogue measures were applied to a case; ids only, no personal data. */
public interface CaseMeasures {

    /** Records the measures for the case; a measure already recorded for the case is kept as it was. */
    void record(UUID caseId, String planId, Collection<Integer> numbers, String username);
}
