package no.samvirke.audit.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import no.samvirke.audit.AuditAction;
import no.samvirke.audit.AuditEntry;
import org.hibernate.annotations.Immutable;

/** A chained audit entry, for reading: written only by {@link AuditChainer} (SQL), never updated. */
@Entity
@Immutable
@Table(name = "audit_entry")
class AuditEntryEntity {

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

    AuditEntry toEntry() {
        return new AuditEntry(id, occurredAt, username, agency, caseId, action, items, legalBasis, purpose,
                remoteAddress, beforeValue, afterValue, prevHash, hash);
    }
}
