package no.samvirke.sharing.consent.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import no.samvirke.identity.CurrentUser;
import no.samvirke.intake.ConcernSummary;
import no.samvirke.platform.WorkingDays;
import no.samvirke.sharing.consent.ConsentStatus;
import no.samvirke.sharing.consent.RecipientCategory;
import org.springframework.stereotype.Component;

/**
 * The {@code consentInScope} input of the disclosure table: is there, today (Norwegian time), a
 * consent on the case that is neither withdrawn nor outside its period, and that names the
 * viewer's service (or, for municipal kjernegruppe members, the kjernegruppe)? Read from the
 * database on every view, so a withdrawal takes effect at once.
 */
@Component
public class ConsentScope {

    private final ConsentRepository consents;
    private final Clock clock;

    ConsentScope(ConsentRepository consents, Clock clock) {
        this.consents = consents;
        this.clock = clock;
    }

    public boolean covers(ConcernSummary concern, CurrentUser viewer) {
        Set<RecipientCategory> viewerCategories = RecipientCategory.of(viewer, concern.municipalityCode());
        LocalDate today = LocalDate.now(clock.withZone(WorkingDays.OSLO));
        return consents.findByConcernIdAndWithdrawnAtIsNull(concern.id()).stream()
                .filter(c -> c.status(today) == ConsentStatus.ACTIVE)
                .anyMatch(c -> c.recipients().stream().anyMatch(viewerCategories::contains));
    }
}
