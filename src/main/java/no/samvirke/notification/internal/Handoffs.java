package no.samvirke.notification.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.samvirke.identity.Agency;
import no.samvirke.identity.CurrentUser;
import no.samvirke.identity.Groups;
import no.samvirke.identity.Users;
import no.samvirke.notification.process.TravelNotificationProcess.Step;
import no.samvirke.platform.ConflictException;
import no.samvirke.platform.NotFoundException;
import no.samvirke.sharing.Access;
import no.samvirke.sharing.NotificationDisclosures;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sends a notification on to the next agency of its route, records receipts and escalations. */
@Service
public class Handoffs {

    /** A handoff just sent: what the process needs to wait for its receipt. */
    public record Sent(UUID handoffId, String recipientGroup, Instant due, Instant leaderDue) {
    }

    private final NotificationRepository notifications;
    private final HandoffRepository handoffs;
    private final NotificationDisclosures disclosures;
    private final HandoffDue due;
    private final Users users;
    private final Clock clock;

    Handoffs(NotificationRepository notifications, HandoffRepository handoffs, NotificationDisclosures disclosures,
             HandoffDue due, Users users, Clock clock) {
        this.notifications = notifications;
        this.handoffs = handoffs;
        this.disclosures = disclosures;
        this.due = due;
        this.users = users;
        this.clock = clock;
    }

    @Transactional
    public Sent send(UUID notificationId) {
        Notification n = require(notificationId);
        long sent = handoffs.countByNotificationId(notificationId);
        Agency to = Route.next(n.originAgency(), sent).orElseThrow(() -> new IllegalStateException("route complete"));
        Access shared = disclosures.forHandoff(NotificationFacts.of(n), to);
        Instant now = clock.instant();
        Instant receiptDue = due.receiptDue(n.type(), now);
        Handoff handoff = handoffs.save(new Handoff(n, (int) sent + 1, to, receivingGroup(n, to), shared, now,
                receiptDue));
        n.changeStatus(NotificationStatus.OPEN);
        return new Sent(handoff.id(), handoff.toGroup(), receiptDue, due.leaderDue(n.type(), receiptDue));
    }

    /**
     * The receiving group (or, once escalated, its deputies or leaders) acknowledges the open
     * handoff; the user holds the notification from now on. 404 when it is not for the user,
     * 409 when it was already acknowledged.
     */
    @Transactional
    public Step acknowledge(UUID notificationId, CurrentUser user) {
        Notification n = require(notificationId);
        List<Handoff> all = handoffs.findByNotificationIdOrderBySeq(notificationId);
        Handoff last = all.isEmpty() ? null : all.get(all.size() - 1);
        if (last == null || !mayReceive(user, last)) {
            throw new NotFoundException("notification");
        }
        if (last.acknowledged()) {
            throw new ConflictException("notification.acknowledge.already");
        }
        last.acknowledge(user.username(), clock.instant());
        n.heldBy(last.toAgency(), user.username());
        Step step = Route.afterReceipt(n.originAgency(), last.toAgency(), all.size(), n.harmAssessment());
        if (step == Step.HARM_ASSESSMENT) {
            n.changeStatus(NotificationStatus.AWAITING_HARM_ASSESSMENT);
        } else if (step == Step.DONE) {
            n.changeStatus(NotificationStatus.COMPLETED);
        }
        return step;
    }

    @Transactional
    public void escalate(UUID handoffId, Escalation to) {
        handoffs.findById(handoffId).ifPresent(h -> h.escalate(to, clock.instant()));
    }

    /** The group that receives a handoff to this agency for the notification's municipality. */
    String receivingGroup(Notification n, Agency to) {
        return switch (to) {
            case MUNICIPALITY -> Groups.slt(n.municipalityCode());
            case POLICE -> Groups.police(users.municipality(n.municipalityCode()).policeDistrictCode());
            case PST -> Groups.PST;
        };
    }

    static boolean mayReceive(CurrentUser user, Handoff h) {
        List<String> groups = user.candidateGroups();
        return groups.contains(h.toGroup())
                || h.escalation().ordinal() >= Escalation.DEPUTY.ordinal() && groups.contains(Groups.deputy(h.toGroup()))
                || h.escalation() == Escalation.LEADER && groups.contains(Groups.leader(h.toGroup()));
    }

    private Notification require(UUID id) {
        return notifications.findById(id).orElseThrow(() -> new NotFoundException("notification"));
    }
}
