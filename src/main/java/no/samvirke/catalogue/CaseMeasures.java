package no.samvirke.catalogue;

import java.util.Collection;
import no.samvirke.platform.CaseId;

/** Records which catalogue measures were applied to a case; ids only, no personal data. */
public interface CaseMeasures {

    /** Records the measures for the case; a measure already recorded for the case is kept as it was. */
    void record(CaseId caseId, String planId, Collection<Integer> numbers, String username);
}
