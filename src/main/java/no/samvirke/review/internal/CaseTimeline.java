package no.samvirke.review.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import no.samvirke.identity.CurrentUser;
import no.samvirke.identity.Role;
import no.samvirke.intake.Concerns;
import no.samvirke.sharing.CaseResourcePersons;
import no.samvirke.sharing.CaseTexts;
import no.samvirke.sharing.CaseView;
import no.samvirke.sharing.CaseViews;
import no.samvirke.sharing.NotificationCaseLinks;
import no.samvirke.sharing.ResourceAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens a case for a kjernegruppe member of its municipality, or for the case page also an
 * accepted resource person (everyone else: empty, answer 404)
 * and reads its timeline.
 */
@Service
public class CaseTimeline {

    private final Concerns concerns;
    private final CaseViews caseViews;
    private final ReviewEntryRepository entries;
    private final CaseResourcePersons resourcePersons;
    private final CaseTexts caseTexts;
    private final NotificationCaseLinks links;

    CaseTimeline(Concerns concerns, CaseViews caseViews, ReviewEntryRepository entries,
                 CaseResourcePersons resourcePersons, CaseTexts caseTexts, NotificationCaseLinks links) {
        this.links = links;
        this.caseTexts = caseTexts;
        this.concerns = concerns;
        this.caseViews = caseViews;
        this.entries = entries;
        this.resourcePersons = resourcePersons;
    }

    /** The case as this kjernegruppe member may see it, read through sharing (and so audited). */
    public Optional<CaseView> openForKjernegruppe(UUID caseId, CurrentUser user, String purpose) {
        return isMemberFor(caseId, user) ? caseViews.view(caseId, user, purpose) : Optional.empty();
    }

    /** As {@link #openForKjernegruppe}, or for a resource person with an accepted declaration in their period. */
    public Optional<CaseView> openForMemberOrResourcePerson(UUID caseId, CurrentUser user, String purpose) {
        boolean resourcePerson = !isMemberFor(caseId, user)
                && resourcePersons.accessNow(caseId, user).filter(ResourceAccess.ACTIVE::equals).isPresent();
        return isMemberFor(caseId, user) || resourcePerson ? caseViews.view(caseId, user, purpose) : Optional.empty();
    }

    /** A kjernegruppe member of the case's municipality. */
    public boolean isMemberFor(UUID caseId, CurrentUser user) {
        return concerns.summary(caseId).filter(s -> isKjernegruppeMember(user, s.municipalityCode())).isPresent();
    }

    public static boolean isKjernegruppeMember(CurrentUser user, String municipalityCode) {
        return user.hasRole(Role.KJERNEGRUPPE)
                && user.kjernegruppeMunicipalities().contains(municipalityCode);
    }

    /**
     * The timeline as this kjernegruppe member may read it: every entry (who, when, what kind),
     * its free text as sharing discloses it for the entry's author's service (one READ audit
     * entry). A notification's entry (its kind and time match the receipt in the handoff log) only for
     * a viewer who may see the notification's link to the case identified, decided by sharing as in
     * the log; for everyone else it is not there. The same holds for every step of the follow-up that
     * the notification's routine started (started, plan made, talk held, ended by a death, …): their kind
     * and time would tell the same story. Empty for everyone else (answer 404).
     */
    @Transactional(readOnly = true)
    public Optional<List<TimelineEntry>> read(UUID caseId, CurrentUser viewer, String purpose) {
        if (!isMemberFor(caseId, viewer)) {
            return Optional.empty();
        }
        Map<UUID, Boolean> shown = new HashMap<>();
        List<ReviewEntry> recorded = entries.findByCaseIdOrderByRecordedAtAsc(caseId).stream()
                .filter(e -> e.notificationShown() == null || shown.computeIfAbsent(e.notificationShown(),
                        notification -> links.mayShowLink(notification, caseId, viewer, purpose)))
                .toList();
        return caseTexts.disclose(caseId, viewer, recorded.stream().map(ReviewEntry::text).toList(), purpose)
                .map(texts -> IntStream.range(0, recorded.size())
                        .mapToObj(i -> recorded.get(i).toTimelineEntry(texts.get(i))).toList());
    }
}
