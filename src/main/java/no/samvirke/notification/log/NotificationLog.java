package no.samvirke.notification.log;

import no.samvirke.notification.internal.Handoff;
import no.samvirke.notification.internal.Notification;
import no.samvirke.notification.internal.Escalation;
import no.samvirke.notification.internal.NotificationFacts;
import no.samvirke.notification.internal.HandoffRepository;
import no.samvirke.notification.internal.NotificationRepository;
import no.samvirke.notification.internal.NotificationSearch;
import no.samvirke.notification.internal.NotificationStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import no.samvirke.identity.Agency;
import no.samvirke.identity.CurrentUser;
import no.samvirke.identity.Municipality;
import no.samvirke.identity.Role;
import no.samvirke.identity.Users;
import no.samvirke.notification.NotificationType;
import no.samvirke.platform.CaseId;
import no.samvirke.sharing.Access;
import no.samvirke.sharing.DisclosureLevel;
import no.samvirke.sharing.NotificationCaseLinks;
import no.samvirke.sharing.NotificationDisclosures;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The handoff log as one viewer may see it. Access control first: a notification exists for a
 * viewer when their agency recorded it or was handed it, in their area (PST: everywhere; the
 * police: their district's municipalities; the municipality: its own). Then the sharing gate
 * decides, per notification, the level of the person (and records the read); NONE hides it.
 * The linked case's id is shown only where sharing decides the viewer may see that case
 * identified; otherwise the view is the same as for a notification with no case.
 */
@Service
@Transactional(readOnly = true)
public class NotificationLog {

    /** The log shows at most this many notifications, the newest first (each shown one is an audited read). */
    static final int MAX_SHOWN = 200;

    /** Filters of the log; null means "any". */
    public record Filter(NotificationType type, NotificationStatus status, Boolean overdue) {
    }

    private final NotificationRepository notifications;
    private final NotificationSearch search;
    private final HandoffRepository handoffs;
    private final NotificationDisclosures disclosures;
    private final NotificationCaseLinks links;
    private final Users users;
    private final Clock clock;

    NotificationLog(NotificationRepository notifications, NotificationSearch search, HandoffRepository handoffs,
                    NotificationDisclosures disclosures, NotificationCaseLinks links, Users users, Clock clock) {
        this.notifications = notifications;
        this.search = search;
        this.handoffs = handoffs;
        this.disclosures = disclosures;
        this.links = links;
        this.users = users;
        this.clock = clock;
    }

    public List<NotificationView> list(Filter filter, CurrentUser viewer, String purpose) {
        requireReader(viewer);
        Instant now = clock.instant();
        List<Notification> candidates = candidates(viewer, filter, now);
        Map<UUID, List<Handoff>> byNotification = handoffs.findByNotificationIdInOrderBySeq(
                candidates.stream().map(Notification::id).toList()).stream()
                .collect(Collectors.groupingBy(Handoff::notificationId));
        return candidates.stream()
                .filter(n -> known(n, byNotification.getOrDefault(n.id(), List.of()), viewer))
                .map(n -> view(n, byNotification.getOrDefault(n.id(), List.of()), viewer, purpose, now))
                .flatMap(Optional::stream).toList();
    }

    /** One notification, if the viewer may know it and the sharing gate lets them see it. */
    public Optional<NotificationView> one(UUID id, CurrentUser viewer, String purpose) {
        requireReader(viewer);
        Optional<Notification> found = notifications.findById(id).filter(n -> inArea(n, viewer));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        List<Handoff> log = handoffs.findByNotificationIdOrderBySeq(id);
        return known(found.get(), log, viewer) ? view(found.get(), log, viewer, purpose, clock.instant())
                : Optional.empty();
    }

    /** Who may open the log: PST, police prevention contacts, SLT coordinators, and their deputies and leaders. */
    public static void requireReader(CurrentUser viewer) {
        boolean reader = viewer.hasRole(Role.PST_LIAISON) || viewer.hasRole(Role.POLICE_CONTACT)
                || viewer.hasRole(Role.SLT_COORDINATOR)
                || (viewer.hasRole(Role.DEPUTY) || viewer.hasRole(Role.LEADER)) && viewer.receivingGroup() != null;
        if (!reader) {
            throw new AccessDeniedException("Not a recipient of notifications");
        }
    }

    private List<Notification> candidates(CurrentUser viewer, Filter f, Instant now) {
        List<String> area = switch (viewer.agency()) {
            case PST -> List.of();
            case POLICE -> users.municipalities().stream().filter(m -> m.policeDistrictCode() != null
                    && m.policeDistrictCode().equals(viewer.policeDistrictCode())).map(Municipality::code).toList();
            case MUNICIPALITY -> viewer.municipalityCode() == null ? List.of() : List.of(viewer.municipalityCode());
        };
        boolean everywhere = viewer.agency() == Agency.PST;
        if (!everywhere && area.isEmpty()) {
            return List.of();
        }
        return search.search(everywhere, everywhere ? List.of("-") : area, f.type(), f.status(), f.overdue(),
                now, PageRequest.of(0, MAX_SHOWN));
    }

    private boolean inArea(Notification n, CurrentUser viewer) {
        return switch (viewer.agency()) {
            case PST -> true;
            case POLICE -> viewer.policeDistrictCode() != null && viewer.policeDistrictCode()
                    .equals(users.municipality(n.municipalityCode()).policeDistrictCode());
            case MUNICIPALITY -> n.municipalityCode().equals(viewer.municipalityCode());
        };
    }

    static boolean known(Notification n, List<Handoff> log, CurrentUser viewer) {
        return n.originAgency() == viewer.agency() || log.stream().anyMatch(h -> h.toAgency() == viewer.agency());
    }

    private Optional<NotificationView> view(Notification n, List<Handoff> log, CurrentUser viewer, String purpose,
                                            Instant now) {
        Access access = disclosures.read(NotificationFacts.of(n), viewer, purpose);
        if (access.level() == DisclosureLevel.NONE) {
            return Optional.empty();
        }
        boolean full = access.level() == DisclosureLevel.FULL;
        Escalation escalation = log.stream().filter(h -> !h.acknowledged()).map(Handoff::escalation)
                .max(Comparator.naturalOrder()).orElse(Escalation.NONE);
        return Optional.of(new NotificationView(n.id(), NotificationView.referenceOf(n.id()), n.type(),
                n.originAgency(), n.eventDate(), n.municipalityCode(), n.status(), access,
                full ? n.personName() : null, full ? n.personBirthDate() : null, full ? n.personNationalId() : null,
                linkedCase(n, viewer, purpose), n.contactHoldUntil(), isOverdue(log, now), escalation, n.recordedAt(),
                log.stream().map(h -> row(h, viewer, now)).toList()));
    }

    /** The linked case, where the viewer may see it identified (decided and recorded by sharing); else null. */
    private UUID linkedCase(Notification n, CurrentUser viewer, String purpose) {
        return n.caseId() != null && links.mayShowLink(n.id(), CaseId.of(n.caseId()), viewer, purpose) ? n.caseId() : null;
    }

    private static NotificationView.HandoffRow row(Handoff h, CurrentUser viewer, Instant now) {
        boolean hidePstOfficer = h.fromAgency() == Agency.PST && viewer.agency() == Agency.MUNICIPALITY;
        return new NotificationView.HandoffRow(h.seq(), h.fromAgency(), hidePstOfficer ? null : h.fromUsername(),
                h.toAgency(), h.toGroup(), h.sentAt(), h.sharedLevel(), h.legalBasis(), h.dueAt(), h.escalation(),
                h.escalatedAt(), h.acknowledgedBy(), h.acknowledgedAt(), h.overdue(now));
    }

    static boolean isOverdue(List<Handoff> log, Instant now) {
        return log.stream().anyMatch(h -> h.overdue(now));
    }
}
