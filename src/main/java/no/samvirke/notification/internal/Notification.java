package no.samvirke.notification.internal;

import no.samvirke.notification.registration.RecordNotification;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import no.samvirke.identity.Agency;
import no.samvirke.identity.CurrentUser;
import no.samvirke.identity.ServiceUnit;
import no.samvirke.intake.NotificationCases;
import no.samvirke.notification.NotificationType;

/**
 * A notification of outbound travel, return or death, with the person it is about. The person
 * fields are personal data: they leave this module only after the sharing gate decided.
 */
@Entity
@Table(name = "notification")
// A named query: Hibernate checks it at start-up; Spring Data's own HQL parser is not started (ADR 0018).
@NamedQuery(name = NotificationSearch.QUERY, query = """
        select n from Notification n
        where (:everywhere = true or n.municipalityCode in :municipalities)
          and (:type is null or n.notificationType = :type)
          and (:status is null or n.status = :status)
          and (:overdue is null
               or (:overdue = true and exists (select h.id from Handoff h where h.notificationId = n.id
                    and h.acknowledgedAt is null and (h.dueAt < :now or h.escalation <> 'NONE')))
               or (:overdue = false and not exists (select h.id from Handoff h where h.notificationId = n.id
                    and h.acknowledgedAt is null and (h.dueAt < :now or h.escalation <> 'NONE'))))
        order by n.recordedAt desc""")
@NamedQuery(name = NotificationSearch.EXISTING_IDS, query = "select n.id from Notification n where n.id in :ids")
public class Notification {

    @Id
    private UUID id;
    @Enumerated(EnumType.STRING)
    private NotificationType notificationType;
    @Enumerated(EnumType.STRING)
    private Agency originAgency;
    @Enumerated(EnumType.STRING)
    private ServiceUnit originService;
    private LocalDate eventDate;
    private String municipalityCode;
    private String personKey;
    private String personName;
    private LocalDate personBirthDate;
    private String personNationalId;
    @Enumerated(EnumType.STRING)
    private HarmAssessment harmAssessment;
    private LocalDate contactHoldUntil;
    private String contactHoldReason;
    private UUID caseId;
    @Enumerated(EnumType.STRING)
    private NotificationStatus status;
    @Enumerated(EnumType.STRING)
    private Agency holderAgency;
    private String holderUsername;
    private String recordedBy;
    private Instant recordedAt;
    @Version
    private long version;

    protected Notification() {
    }

    public Notification(RecordNotification.Command c, String personKey, CurrentUser by, Instant now) {
        this.id = UUID.randomUUID();
        this.notificationType = c.type();
        this.originAgency = by.agency();
        this.originService = by.service();
        this.eventDate = c.eventDate();
        this.municipalityCode = c.municipalityCode();
        this.personKey = personKey;
        this.personName = c.personName().strip();
        this.personBirthDate = c.birthDate();
        this.personNationalId = c.nationalId() == null || c.nationalId().isBlank() ? null : c.nationalId().strip();
        this.harmAssessment = by.agency() == Agency.MUNICIPALITY ? HarmAssessment.CLEARED : c.harmAssessment();
        this.contactHoldUntil = c.contactHoldUntil();
        this.contactHoldReason = c.contactHoldUntil() == null ? null : c.contactHoldReason().strip();
        this.status = NotificationStatus.OPEN;
        this.holderAgency = by.agency();
        this.holderUsername = by.username();
        this.recordedBy = by.username();
        this.recordedAt = now;
    }

    /** The recipient acknowledged: they hold the notification now. */
    void heldBy(Agency agency, String username) {
        holderAgency = agency;
        holderUsername = username;
    }

    void assessHarm(HarmAssessment assessment, LocalDate holdUntil, String holdReason) {
        harmAssessment = assessment;
        if (holdUntil != null) {
            contactHoldUntil = holdUntil;
            contactHoldReason = holdReason.strip();
        }
        status = switch (assessment) {
            case CLEARED -> NotificationStatus.OPEN;
            case PENDING -> NotificationStatus.AWAITING_HARM_ASSESSMENT;
            case WITHHELD -> NotificationStatus.WITHHELD;
        };
    }

    void changeStatus(NotificationStatus newStatus) {
        status = newStatus;
    }

    void linkCase(UUID caseId) {
        this.caseId = caseId;
    }

    NotificationCases.Person person() {
        return new NotificationCases.Person(personName, personBirthDate, personNationalId);
    }

    public UUID id() {
        return id;
    }

    public NotificationType type() {
        return notificationType;
    }

    public Agency originAgency() {
        return originAgency;
    }

    public ServiceUnit originService() {
        return originService;
    }

    public LocalDate eventDate() {
        return eventDate;
    }

    public String municipalityCode() {
        return municipalityCode;
    }

    public String personName() {
        return personName;
    }

    public LocalDate personBirthDate() {
        return personBirthDate;
    }

    public String personNationalId() {
        return personNationalId;
    }

    public HarmAssessment harmAssessment() {
        return harmAssessment;
    }

    public LocalDate contactHoldUntil() {
        return contactHoldUntil;
    }

    String contactHoldReason() {
        return contactHoldReason;
    }

    public UUID caseId() {
        return caseId;
    }

    public NotificationStatus status() {
        return status;
    }

    public Agency holderAgency() {
        return holderAgency;
    }

    String holderUsername() {
        return holderUsername;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
