package no.samvirke.sharing.internal;

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
class ConsentEntity {

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

    ConsentEntity(UUID concernId, NewConsent c, String recordedBy, Instant recordedAt) {
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

    void withdraw(String by, String reason, Instant at) {
        if (withdrawnAt != null) {
            throw new ConflictException("sharing.consent.conflict.withdrawn");
        }
        this.withdrawnAt = at;
        this.withdrawnBy = by;
        this.withdrawalReason = reason;
    }

    ConsentStatus status(LocalDate today) {
        if (withdrawnAt != null) {
            return ConsentStatus.WITHDRAWN;
        }
        if (today.isBefore(validFrom)) {
            return ConsentStatus.NOT_YET_VALID;
        }
        return validTo != null && today.isAfter(validTo) ? ConsentStatus.EXPIRED : ConsentStatus.ACTIVE;
    }

    /** What the audit trail keeps of a consent: recipients, period, form and withdrawal; no names. */
    String summary() {
        return "recipients=" + recipients.stream().sorted().map(Enum::name).reduce((a, b) -> a + "," + b).orElse("")
                + ";validFrom=" + validFrom + ";validTo=" + (validTo == null ? "" : validTo) + ";form=" + form
                + ";givenBy=" + givenBy + ";documented=" + (documentReference != null || witness != null)
                + ";withdrawn=" + (withdrawnAt != null);
    }

    UUID id() { return id; }
    UUID concernId() { return concernId; }
    ConsentGiver givenBy() { return givenBy; }
    String givenByName() { return givenByName; }
    Set<RecipientCategory> recipients() { return Set.copyOf(recipients); }
    LocalDate validFrom() { return validFrom; }
    LocalDate validTo() { return validTo; }
    ConsentForm form() { return form; }
    String witness() { return witness; }
    String documentReference() { return documentReference; }
    String recordedBy() { return recordedBy; }
    Instant recordedAt() { return recordedAt; }
    Instant withdrawnAt() { return withdrawnAt; }
    String withdrawnBy() { return withdrawnBy; }
    String withdrawalReason() { return withdrawalReason; }
    long version() { return version == null ? 0 : version; }
}
