package no.samvirke.review.internal;

import java.time.LocalDate;
import no.samvirke.identity.ServiceUnit;

/** What a form records: the outcome, the reasons and the details that belong to the outcome. */
public record Recorded(String outcome, String reasons, String discussionMode, String measures,
        ServiceUnit responsibleService, LocalDate reviewDate, String policeReference) {

    public static Recorded of(String outcome, String reasons) {
        return new Recorded(outcome, reasons, null, null, null, null, null);
    }
}
