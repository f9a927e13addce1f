package no.samvirke.audit.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The single row AuditChainer locks while it chains a batch: the id and hash of the newest entry,
 * and their keyed MAC.
 */
@Entity
@Table(name = "audit_chain_head")
class AuditChainHead {

    static final int ID = 1;

    @Id
    private Integer id;
    private long lastEntryId;
    private String lastHash;
    /** HMAC of (last entry id, last hash) with the audit key: a head moved back by hand does not match. */
    private String mac;

    protected AuditChainHead() {
    }

    long lastEntryId() {
        return lastEntryId;
    }

    String lastHash() {
        return lastHash;
    }

    String mac() {
        return mac;
    }

    void advance(long entryId, String hash, String headMac) {
        this.lastEntryId = entryId;
        this.lastHash = hash;
        this.mac = headMac;
    }
}
