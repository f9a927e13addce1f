package no.samvirke.sharing.consent;

import java.util.List;
import no.samvirke.intake.ConcernSummary;

/** The consents of one case, newest first, and whether the viewer saw the givers' names. */
public record ConsentList(ConcernSummary concern, boolean identified, List<ConsentView> consents) {

    public ConsentList {
        consents = List.copyOf(consents);
    }
}
