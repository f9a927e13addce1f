package no.samvirke.notification.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import no.samvirke.identity.Agency;
import no.samvirke.sharing.Access;
import no.samvirke.sharing.DisclosureLevel;

/**
 * One handoff of a notification: from (agency, person) to (agency, receiving group), when sent,
 * what was shared at which level and on which legal basis, when it falls due, how far it has
 * escalated, and its receipt (who acknowledged, when).
 */
@Entity
@Table(name = "notification_handoff")
public class Handoff {

    @Id
    private UUID id;
    private UUID notificationId;
    private int seq;
    @Enumerated(EnumType.STRING)
    private Agency fromAgency;
    private String fromUsername;
    @Enumerated(EnumType.STRING)
    private Agency toAgency;
    private String toGroup;
    private Instant sentAt;
    @Enumerated(EnumType.STRING)
    private DisclosureLevel sharedLevel;
    private String legalBasis;
    private Instant dueAt;
    @Enumerated(EnumType.STRING)
    private Escalation escalation;
    private Instant escalatedAt;
    private String acknowledgedBy;
    private Instant acknowledgedAt;

    protected Handoff() {
    }

    Handoff(Notification n, int seq, Agency to, String toGroup, Access shared, Instant now, Instant dueAt) {
        this.id = UUID.randomUUID();
        this.notificationId = n.id();
        this.seq = seq;
        this.fromAgency = n.holderAgency();
        this.fromUsername = n.holderUsername();
        this.toAgency = to;
        this.toGroup = toGroup;
        this.sentAt = now;
        this.sharedLevel = shared.level();
        this.legalBasis = shared.legalBasis();
        this.dueAt = dueAt;
        this.escalation = Escalation.NONE;
    }

    void acknowledge(String username, Instant now) {
        acknowledgedBy = username;
        acknowledgedAt = now;
    }

    void escalate(Escalation to, Instant now) {
        if (to.ordinal() > escalation.ordinal()) {
            escalation = to;
            escalatedAt = now;
        }
    }

    public boolean acknowledged() {
        return acknowledgedAt != null;
    }

    /** Unacknowledged past its deadline (an escalated handoff is past it by definition). */
    public boolean overdue(Instant now) {
        return !acknowledged() && (dueAt.isBefore(now) || escalation != Escalation.NONE);
    }

    public UUID id() {
        return id;
    }

    public UUID notificationId() {
        return notificationId;
    }

    public int seq() {
        return seq;
    }

    public Agency fromAgency() {
        return fromAgency;
    }

    public String fromUsername() {
        return fromUsername;
    }

    public Agency toAgency() {
        return toAgency;
    }

    public String toGroup() {
        return toGroup;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public DisclosureLevel sharedLevel() {
        return sharedLevel;
    }

    public String legalBasis() {
        return legalBasis;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public Escalation escalation() {
        return escalation;
    }

    public Instant escalatedAt() {
        return escalatedAt;
    }

    public String acknowledgedBy() {
        return acknowledgedBy;
    }

    public Instant acknowledgedAt() {
        return acknowledgedAt;
    }
}
