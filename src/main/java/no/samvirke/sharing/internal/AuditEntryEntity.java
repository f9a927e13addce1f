package no.samvirke.sharing.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.util.UUID;
import no.samvirke.sharing.AuditAction;
import no.samvirke.sharing.AuditEntry;
import org.hibernate.annotations.Immutable;
import org.springframework.data.domain.Persistable;

/** A stored audit entry. Immutable: Hibernate never writes an update for it. */
@Entity
@Immutable
@Table(name = "audit_entry")
class AuditEntryEntity implements Persistable<Long> {

    @Id
    private Long id;
    private Instant occurredAt;
    private String username;
    private String agency;
    private UUID caseId;
    @Enumerated(EnumType.STRING)
    private AuditAction action;
    private String items;
    private String legalBasis;
    private String purpose;
    private String remoteAddress;
    private String beforeValue;
    private String afterValue;
    private String prevHash;
    @Column(unique = true)
    private String hash;

    protected AuditEntryEntity() {
    }

    AuditEntryEntity(AuditEntry e) {
        id = e.id();
        occurredAt = e.occurredAt();
        username = e.username();
        agency = e.agency();
        caseId = e.caseId();
        action = e.action();
        items = e.items();
        legalBasis = e.legalBasis();
        purpose = e.purpose();
        remoteAddress = e.remoteAddress();
        beforeValue = e.beforeValue();
        afterValue = e.afterValue();
        prevHash = e.prevHash();
        hash = e.hash();
    }

    AuditEntry toEntry() {
        return new AuditEntry(id, occurredAt, username, agency, caseId, action, items, legalBasis, purpose,
                remoteAddress, beforeValue, afterValue, prevHash, hash);
    }

    @Override
    public Long getId() {
        return id;
    }

    /** Entries are only ever inserted. */
    @Override
    @Transient
    public boolean isNew() {
        return true;
    }
}
