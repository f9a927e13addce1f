package no.samvirke.notification.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.samvirke.identity.Agency;
import no.samvirke.identity.CurrentUser;
import no.samvirke.identity.Users;
import no.samvirke.intake.NotificationCases;
import no.samvirke.notification.NotificationLinkedToCase;
import no.samvirke.notification.NotificationReachedMunicipality;
import no.samvirke.platform.CaseId;
import no.samvirke.platform.NotFoundException;
import no.samvirke.platform.WorkingDays;
import no.samvirke.audit.AuditTrail;
import no.samvirke.sharing.ContactHolds;
import no.samvirke.sharing.NotificationCaseLinks;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The notification has reached the municipality (the SLT coordinator acknowledged it, or the
 * municipality recorded it itself): link it to the person's case there or open one (no concern
 * handling), apply PST's "do not contact the family" hold to that case, and tell the rest of
 * Samvirke — all in the receiving transaction. Only a case the receiver may see identified is
 * linked (the sharing module decides and records each match); a case the receiver sees only
 * anonymised, or not at all, is treated as no case: one is opened, exactly as when there is none,
 * so that nothing downstream differs by whether such a case exists.
 */
@Service
public class ReachMunicipality {

    static final String OPEN_BASIS = "Varslingsrutinen (tiltak 29/36): sak for oppfølging i kommunen";

    private final NotificationRepository notifications;
    private final NotificationCases cases;
    private final NotificationCaseLinks links;
    private final ContactHolds holds;
    private final AuditTrail audit;
    private final Users users;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReachMunicipality(NotificationRepository notifications, NotificationCases cases, NotificationCaseLinks links,
                      ContactHolds holds, AuditTrail audit, Users users, ApplicationEventPublisher events, Clock clock) {
        this.notifications = notifications;
        this.cases = cases;
        this.links = links;
        this.holds = holds;
        this.audit = audit;
        this.users = users;
        this.events = events;
        this.clock = clock;
    }

    /** @return the case the notification is linked to */
    @Transactional
    public UUID handle(UUID notificationId) {
        Notification n = notifications.findById(notificationId).orElseThrow(() -> new NotFoundException("notification"));
        CurrentUser receiver = users.find(n.holderUsername()).orElseThrow();
        List<UUID> personCases = new ArrayList<>(
                links.linkableCases(n.id(), n.municipalityCode(), n.person(), receiver));
        boolean open = personCases.isEmpty();
        UUID caseId = open ? openCase(n, receiver) : personCases.get(0);
        if (open) {
            personCases.add(caseId);
        }
        n.linkCase(caseId);
        n.changeStatus(n.originAgency() == Agency.MUNICIPALITY
                ? NotificationStatus.OPEN : NotificationStatus.COMPLETED);
        applyHold(n, caseId);
        events.publishEvent(new NotificationLinkedToCase(n.id(), caseId, n.type(), n.originAgency(), open,
                receiver.username()));
        events.publishEvent(new NotificationReachedMunicipality(n.id(), caseId, n.type(), n.municipalityCode(),
                personCases));
        return caseId;
    }

    private UUID openCase(Notification n, CurrentUser receiver) {
        UUID caseId = cases.open(n.municipalityCode(), n.person(), receiver).id();
        audit.recordChange(CaseId.of(caseId), receiver, "subject;description", null,
                "subject=named;origin=notification;type=" + n.type(), OPEN_BASIS, "notification:open-case");
        return caseId;
    }

    /** PST's hold goes on the case as PST set it; an expiry already passed is not applied. */
    private void applyHold(Notification n, UUID caseId) {
        LocalDate today = LocalDate.now(clock.withZone(WorkingDays.OSLO));
        if (n.contactHoldUntil() != null && n.contactHoldUntil().isAfter(today)) {
            CurrentUser pst = users.find(n.recordedBy()).orElseThrow();
            holds.set(CaseId.of(caseId), n.contactHoldReason(), n.contactHoldUntil(), pst);
        }
    }
}
