package no.samvirke.audit.internal;

import java.time.OffsetDateTime;
import java.util.UUID;
import no.samvirke.audit.AuditAction;
import no.samvirke.audit.AuditEntry;
import no.samvirke.audit.ChainVerification;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Walks the chain oldest first in one query, in one read-only REPEATABLE READ transaction (one
 * snapshot: entries chained meanwhile do not make the head look wrong): each entry must follow the
 * previous id, link to the previous hash and carry the keyed hash of its own content; the head must
 * point at the last entry and carry its keyed MAC (so that removing the newest entries is noticed,
 * even with the head moved back). Without the key, nobody can write a chain that passes.
 */
@Component
class AuditChainVerifier {

    private static final String SELECT = "select id, occurred_at, username, agency, case_id, action, items,"
            + " legal_basis, purpose, remote_address, before_value, after_value, prev_hash, hash"
            + " from audit_entry order by id";

    private final JdbcTemplate jdbc;
    private final AuditChainHeadRepository heads;
    private final AuditHash hash;

    AuditChainVerifier(JdbcTemplate jdbc, AuditChainHeadRepository heads, AuditHash hash) {
        this.jdbc = jdbc;
        this.heads = heads;
        this.hash = hash;
    }

    private static final class Walk {
        long lastId;
        String lastHash = AuditHash.GENESIS;
        long checked;
        Long broken;
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public ChainVerification verify() {
        AuditChainHead head = heads.read().orElse(null);  // first statement: fixes the snapshot
        Walk walk = new Walk();
        jdbc.query(con -> {
            var ps = con.prepareStatement(SELECT);
            ps.setFetchSize(500);
            return ps;
        }, rs -> {
            if (walk.broken != null) {
                return;
            }
            AuditEntry e = new AuditEntry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
                    rs.getString(3), rs.getString(4), rs.getObject(5, UUID.class), AuditAction.valueOf(rs.getString(6)),
                    rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11),
                    rs.getString(12), rs.getString(13), rs.getString(14));
            step(walk, e);
        });
        if (walk.broken != null) {
            return new ChainVerification(false, walk.checked, walk.broken);
        }
        return headMatches(head, walk) ? new ChainVerification(true, walk.checked, null)
                : new ChainVerification(false, walk.checked, walk.lastId + 1);
    }

    private void step(Walk walk, AuditEntry e) {
        if (e.id() != walk.lastId + 1) {
            walk.broken = walk.lastId + 1;
            return;
        }
        walk.checked++;
        if (!e.prevHash().equals(walk.lastHash) || !hash.matches(e)) {
            walk.broken = e.id();
            return;
        }
        walk.lastId = e.id();
        walk.lastHash = e.hash();
    }

    private boolean headMatches(AuditChainHead head, Walk walk) {
        return head != null && head.lastEntryId() == walk.lastId && head.lastHash().equals(walk.lastHash)
                && hash.ofHead(walk.lastId, walk.lastHash).equals(head.mac());
    }
}
