package no.samvirke.intake.internal;

import jakarta.persistence.Column;
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
import no.samvirke.identity.ServiceUnit;
import no.samvirke.intake.Category;
import no.samvirke.intake.ConcernStatus;
import no.samvirke.intake.ConcernSummary;
import no.samvirke.intake.personal.ConcernRecord;

@Entity
@Table(name = "concern")
// Named queries: Hibernate checks them at start-up; Spring Data's own HQL parser is not started (ADR 0018).
@NamedQuery(name = ConcernIdQueries.BY_NATIONAL_ID, query = "select c.id from Concern c"
        + " where c.municipalityCode = :municipality and c.subjectNationalId = :nationalId order by c.registeredAt")
@NamedQuery(name = ConcernIdQueries.BY_NAME_AND_BIRTH_DATE, query = "select c.id from Concern c"
        + " where c.municipalityCode = :municipality and lower(c.subjectName) = :name"
        + " and c.subjectBirthDate = :birthDate order by c.registeredAt")
@NamedQuery(name = ConcernIdQueries.REFERENCES, query = "select c.id, c.reference from Concern c where c.id in :ids")
class Concern {

    @Id
    private UUID id;
    private String reference;
    private String municipalityCode;
    private String reporterUsername;
    @Enumerated(EnumType.STRING)
    private ServiceUnit reporterService;
    @Enumerated(EnumType.STRING)
    private Category category;
    private String description;
    private boolean subjectAnonymous;
    private String subjectName;
    private LocalDate subjectBirthDate;
    private String subjectNationalId;
    private boolean subjectInformed;
    @Column(name = "consent_to_share")
    private boolean consentToShare;
    private boolean acuteDanger;
    @Enumerated(EnumType.STRING)
    private ConcernStatus status;
    private Instant registeredAt;
    private Instant updatedAt;
    private Instant closedAt;
    /** REPORT (registered by frontline staff) or NOTIFICATION (opened by the notification routine). */
    private String origin = "REPORT";
    @Version
    private Long version;   // null until stored: Spring Data then persists instead of merging (no SELECT first)

    protected Concern() {
    }

    Concern(UUID id, String reference, String municipalityCode, String reporterUsername,
            RegisterConcern.Command command, ServiceUnit reporterService, LocalDate birthDate, Instant now) {
        this.id = id;
        this.reference = reference;
        this.municipalityCode = municipalityCode;
        this.reporterUsername = reporterUsername;
        this.reporterService = reporterService;
        this.category = command.category();
        this.description = command.description().strip();
        this.subjectAnonymous = command.subject().anonymous();
        this.subjectName = subjectAnonymous ? null : command.subject().name().strip();
        this.subjectBirthDate = subjectAnonymous ? null : birthDate;
        this.subjectNationalId = subjectAnonymous ? null : blankToNull(command.subject().nationalId());
        this.subjectInformed = command.subjectInformed();
        this.consentToShare = command.consentToShare();
        this.acuteDanger = command.acuteDanger();
        this.status = ConcernStatus.RECEIVED;
        this.registeredAt = now;
        this.updatedAt = now;
    }

    void changeStatus(ConcernStatus newStatus, Instant now) {
        if (newStatus == status) {
            return;
        }
        status = newStatus;
        updatedAt = now;
        closedAt = newStatus == ConcernStatus.CLOSED ? now : null;
    }

    void openedFromNotification() {
        origin = "NOTIFICATION";
    }

    UUID id() {
        return id;
    }

    String reporterUsername() {
        return reporterUsername;
    }

    ConcernSummary summary() {
        return new ConcernSummary(id, reference, municipalityCode, category, status, reporterService,
                reporterUsername, acuteDanger, subjectAnonymous, subjectInformed, consentToShare,
                registeredAt, updatedAt, closedAt);
    }

    /** The subject as registered, for the detector of identifying text (ADR 0021). */
    no.samvirke.intake.AnonymisedDescriptionIntake.Subject typedSubject() {
        return new no.samvirke.intake.AnonymisedDescriptionIntake.Subject(subjectName, subjectBirthDate, subjectNationalId);
    }

    ConcernRecord record() {
        return new ConcernRecord(summary(), subjectName, subjectBirthDate, subjectNationalId, description);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
