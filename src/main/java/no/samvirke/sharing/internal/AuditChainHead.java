package no.samvirke.sharing.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The single row AuditChainer locks while it chains a batch: the id and hash of the newest entry. */
@Entity
@Table(name = "audit_chain_head")
class AuditChainHead {

    static final int ID = 1;

    @Id
    private Integer id;
    private long lastEntryId;
    private String lastHash;

    protected AuditChainHead() {
    }

    long lastEntryId() {
        return lastEntryId;
    }

    String lastHash() {
        return lastHash;
    }

    void advance(long entryId, String hash) {
        this.lastEntryId = entryId;
        this.lastHash = hash;
    }
}
