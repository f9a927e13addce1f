package no.samvirke.review.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.samvirke.identity.CurrentUser;
import no.samvirke.identity.Role;
import no.samvirke.intake.Concerns;
import no.samvirke.sharing.CaseView;
import no.samvirke.sharing.CaseViews;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens a case for a kjernegruppe member of its municipality (everyone else: empty, answer 404)
 * and reads its timeline.
 */
@Service
public class CaseTimeline {

    private final Concerns concerns;
    private final CaseViews caseViews;
    private final ReviewEntryRepository entries;

    CaseTimeline(Concerns concerns, CaseViews caseViews, ReviewEntryRepository entries) {
        this.concerns = concerns;
        this.caseViews = caseViews;
        this.entries = entries;
    }

    /** The case as this kjernegruppe member may see it, read through sharing (and so audited). */
    public Optional<CaseView> openForKjernegruppe(UUID caseId, CurrentUser user, String purpose) {
        boolean member = concerns.summary(caseId)
                .filter(s -> isKjernegruppeMember(user, s.municipalityCode())).isPresent();
        return member ? caseViews.view(caseId, user, purpose) : Optional.empty();
    }

    public static boolean isKjernegruppeMember(CurrentUser user, String municipalityCode) {
        return user.hasRole(Role.KJERNEGRUPPE)
                && user.kjernegruppeMunicipalities().contains(municipalityCode);
    }

    @Transactional(readOnly = true)
    public List<TimelineEntry> of(UUID caseId) {
        return entries.findByCaseIdOrderByRecordedAtAsc(caseId).stream().map(ReviewEntry::toTimelineEntry).toList();
    }
}
