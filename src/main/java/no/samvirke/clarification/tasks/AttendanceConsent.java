package no.samvirke.clarification.tasks;

import java.util.UUID;
import no.samvirke.identity.CurrentUser;
import no.samvirke.platform.NotFoundException;
import no.samvirke.sharing.consent.Consents;
import no.samvirke.sharing.consent.RecipientCategory;
import org.springframework.stereotype.Component;

/**
 * Is there an active consent on record that lets the municipal members of the kjernegruppe take
 * part? Read through the sharing module's consent records (audited); a user who may not read them
 * (PST) sees none, and must then record a legal ground instead.
 */
@Component
class AttendanceConsent {

    private final Consents consents;

    AttendanceConsent(Consents consents) {
        this.consents = consents;
    }

    boolean coversKjernegruppe(UUID caseId, CurrentUser user) {
        try {
            return consents.list(caseId, user, "clarification:attendance").consents().stream()
                    .anyMatch(c -> c.active() && c.recipients().contains(RecipientCategory.KJERNEGRUPPE));
        } catch (NotFoundException notVisible) {
            return false;
        }
    }
}
