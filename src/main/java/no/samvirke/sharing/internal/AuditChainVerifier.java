package no.samvirke.sharing.internal;

import java.util.List;
import no.samvirke.sharing.AuditEntry;
import no.samvirke.sharing.ChainVerification;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Walks the chain oldest first in batches: each entry must follow the previous id, link to the
 * previous hash and hash to its own content; the head must point at the last entry (so that
 * removing the newest entries is noticed too).
 */
@Component
class AuditChainVerifier {

    private static final int BATCH = 500;

    private final AuditEntryRepository entries;
    private final AuditChainHeadRepository heads;

    AuditChainVerifier(AuditEntryRepository entries, AuditChainHeadRepository heads) {
        this.entries = entries;
        this.heads = heads;
    }

    @Transactional(readOnly = true)
    public ChainVerification verify() {
        long lastId = 0;
        String lastHash = AuditHash.GENESIS;
        long checked = 0;
        List<AuditEntryEntity> batch;
        while (!(batch = entries.findByIdGreaterThanOrderByIdAsc(lastId, Limit.of(BATCH))).isEmpty()) {
            for (AuditEntryEntity stored : batch) {
                AuditEntry e = stored.toEntry();
                if (e.id() != lastId + 1) {
                    return new ChainVerification(false, checked, lastId + 1);
                }
                checked++;
                if (!e.prevHash().equals(lastHash) || !AuditHash.matches(e)) {
                    return new ChainVerification(false, checked, e.id());
                }
                lastId = e.id();
                lastHash = e.hash();
            }
        }
        return headMatches(lastId, lastHash) ? new ChainVerification(true, checked, null)
                : new ChainVerification(false, checked, lastId + 1);
    }

    private boolean headMatches(long lastId, String lastHash) {
        return heads.read().map(h -> h.lastEntryId() == lastId && h.lastHash().equals(lastHash)).orElse(false);
    }
}
