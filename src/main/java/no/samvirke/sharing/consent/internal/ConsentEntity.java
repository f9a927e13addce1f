package no.samvirke.sharing.consent.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import no.samvirke.platform.ConflictException;
import no.samvirke.sharing.consent.ConsentForm;
import no.samvirke.sharing.consent.ConsentGiver;
import no.samvirke.sharing.consent.ConsentStatus;
import no.samvirke.sharing.consent.NewConsent;
import no.samvirke.sharing.consent.RecipientCategory;

/** A recorded consent. Only a withdrawal ever changes it; it is never deleted. */
@Entity
@Table(name = "consent")
public class ConsentEntity {

    @Id
    private UUID id;
    private UUID concernId;
    @Enumerated(EnumType.STRING)
    private ConsentGiver givenBy;
    private String givenByName;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "consent_recipient", joinColumns = @JoinColumn(name = "consent_id"))
    @Column(name = "recipient")
    @Enumerated(EnumType.STRING)
    private Set<RecipientCategory> recipients = EnumSet.noneOf(RecipientCategory.class);
    private LocalDate validFrom;
    private LocalDate validTo;
    @Enumerated(EnumType.STRING)
    @Column(name = "consent_form")
    private ConsentForm form;
    private String witness;
    private String documentReference;
    private String recordedBy;
    private Instant recordedAt;
    private Instant withdrawnAt;
    private String withdrawnBy;
    private String withdrawalReason;
    /** Null until persisted, so that Spring Data persists (not merges) a new consent. */
    @Version
    private Long version;

    protected ConsentEntity() {
    }

    public ConsentEntity(UUID concernId, NewConsent c, String recordedBy, Instant recordedAt) {
        this.id = UUID.randomUUID();
        this.concernId = concernId;
        this.givenBy = c.givenBy();
        this.givenByName = c.givenByName();
        this.recipients = EnumSet.copyOf(c.recipients());
        this.validFrom = c.validFrom();
        this.validTo = c.validTo();
        this.form = c.form();
        this.witness = c.witness();
        this.documentReference = c.documentReference();
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public void withdraw(String by, String reason, Instant at) {
        if (withdrawnAt != null) {
            throw new ConflictException("sharing.consent.conflict.withdrawn");
        }
        this.withdrawnAt = at;
        this.withdrawnBy = by;
        this.withdrawalReason = reason;
    }

    public ConsentStatus status(LocalDate today) {
        if (withdrawnAt != null) {
            return ConsentStatus.WITHDRAWN;
        }
        if (today.isBefore(validFrom)) {
            return ConsentStatus.NOT_YET_VALID;
        }
        return validTo != null && today.isAfter(validTo) ? ConsentStatus.EXPIRED : ConsentStatus.ACTIVE;
    }

    /** What the audit trail keeps of a consent: recipients, period, form and withdrawal; no names. */
    public String summary() {
        return "recipients=" + recipients.stream().sorted().map(Enum::name).reduce((a, b) -> a + "," + b).orElse("")
                + ";validFrom=" + validFrom + ";validTo=" + (validTo == null ? "" : validTo) + ";form=" + form
                + ";givenBy=" + givenBy + ";documented=" + (documentReference != null || witness != null)
                + ";withdrawn=" + (withdrawnAt != null);
    }

    public UUID id() { return id; }
    public UUID concernId() { return concernId; }
    public ConsentGiver givenBy() { return givenBy; }
    public String givenByName() { return givenByName; }
    public Set<RecipientCategory> recipients() { return Set.copyOf(recipients); }
    public LocalDate validFrom() { return validFrom; }
    public LocalDate validTo() { return validTo; }
    public ConsentForm form() { return form; }
    public String witness() { return witness; }
    public String documentReference() { return documentReference; }
    public String recordedBy() { return recordedBy; }
    public Instant recordedAt() { return recordedAt; }
    public Instant withdrawnAt() { return withdrawnAt; }
    public String withdrawnBy() { return withdrawnBy; }
    public String withdrawalReason() { return withdrawalReason; }
    /** Not {@code version()}: a public one would be read as the version property, and a new entity would look stored. */
    public long currentVersion() { return version == null ? 0 : version; }
}
