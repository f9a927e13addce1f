package no.samvirke.audit.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import no.samvirke.audit.AuditAppender;
import no.samvirke.audit.AuditRecord;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes one entry of the audit trail: a plain insert into {@code audit_pending}, which waits for
 * no other request. {@link AuditChainer} links it into the hash chain moments later, in order; the
 * trail's readers chain everything pending first (ADR 0019). A read is written in its own
 * transaction, so it stays recorded even when the caller's transaction rolls back; a change joins
 * the caller's, so a rolled-back change leaves no entry.
 */
@Component
class DefaultAuditAppender implements AuditAppender {

    private static final String INSERT = "insert into audit_pending (occurred_at, username, agency, case_id, action,"
            + " items, legal_basis, purpose, remote_address, before_value, after_value)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    DefaultAuditAppender(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void append(AuditRecord r) {
        insert(r);
    }

    /** For changes: in the caller's transaction, so that a rolled-back change leaves no entry. */
    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void appendInCurrentTransaction(AuditRecord r) {
        insert(r);
    }

    private void insert(AuditRecord r) {
        // Microseconds: what both H2 and PostgreSQL store, so the hash survives the round trip.
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
        jdbc.update(INSERT, now, r.username(), r.agency(), r.caseId(), r.action().name(), r.items(), r.legalBasis(),
                r.purpose(), remoteAddress(), r.beforeValue(), r.afterValue());
    }

    private static String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
