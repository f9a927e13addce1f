package no.samvirke.sharing.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import no.samvirke.sharing.AuditEntry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Appends one entry to the hash chain. Runs in its own transaction, so a read stays recorded
 * even when the caller's transaction rolls back (changes join the caller's instead), and locks the chain head so that concurrent
 * appends queue up instead of forking the chain.
 */
@Component
class AuditAppender {

    private final AuditEntryRepository entries;
    private final AuditChainHeadRepository heads;
    private final Clock clock;

    AuditAppender(AuditEntryRepository entries, AuditChainHeadRepository heads, Clock clock) {
        this.entries = entries;
        this.heads = heads;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public AuditEntry append(AuditRecord r) {
        return appendHere(r);
    }

    /** For changes: in the caller's transaction, so that a rolled-back change leaves no entry. */
    @Transactional(propagation = Propagation.MANDATORY)
    public AuditEntry appendInCurrentTransaction(AuditRecord r) {
        return appendHere(r);
    }

    private AuditEntry appendHere(AuditRecord r) {
        AuditChainHead head = heads.lock();
        // Microseconds: what both H2 and PostgreSQL store, so the hash survives the round trip.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        AuditEntry unsigned = new AuditEntry(head.lastEntryId() + 1, now, r.username(), r.agency(), r.caseId(),
                r.action(), r.items(), r.legalBasis(), r.purpose(), remoteAddress(), r.beforeValue(),
                r.afterValue(), head.lastHash(), null);
        AuditEntry entry = withHash(unsigned);
        entries.save(new AuditEntryEntity(entry));
        head.advance(entry.id(), entry.hash());
        return entry;
    }

    private static AuditEntry withHash(AuditEntry e) {
        return new AuditEntry(e.id(), e.occurredAt(), e.username(), e.agency(), e.caseId(), e.action(), e.items(),
                e.legalBasis(), e.purpose(), e.remoteAddress(), e.beforeValue(), e.afterValue(), e.prevHash(),
                AuditHash.of(e));
    }

    private static String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
