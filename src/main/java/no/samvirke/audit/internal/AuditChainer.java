package no.samvirke.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.samvirke.audit.AuditAction;
import no.samvirke.audit.AuditEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Links the entries waiting in {@code audit_pending} into the hash chain: in batches, oldest
 * first, each batch in one transaction that holds the {@code audit_chain_head} lock — the only
 * place that lock is taken (ADR 0019). Runs every {@code samvirke.audit.chain-interval} (200 ms,
 * on Spring's task scheduler, {@link AuditScheduling}) and whenever the trail is read
 * ({@link #chainPending()}), so the privacy officer never sees a trail without its newest entries.
 * On several nodes each node's chainer takes the same lock, so entries are chained once, in one
 * order.
 */
@Component
class AuditChainer implements SmartInitializingSingleton {

    static final int BATCH = 500;
    private static final Logger log = LoggerFactory.getLogger(AuditChainer.class);
    private static final String SELECT_PENDING = "select id, occurred_at, username, agency, case_id, action, items,"
            + " legal_basis, purpose, remote_address, before_value, after_value from audit_pending order by id limit ?";
    private static final String INSERT_ENTRY = "insert into audit_entry (id, occurred_at, username, agency, case_id,"
            + " action, items, legal_basis, purpose, remote_address, before_value, after_value, prev_hash, hash)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;
    private final AuditChainHeadRepository heads;
    private final AuditHash hash;
    private final TransactionTemplate transaction;
    private final Duration interval;
    private volatile long lastFailureLogged;

    AuditChainer(JdbcTemplate jdbc, AuditChainHeadRepository heads, AuditHash hash,
                 PlatformTransactionManager transactions,
                 @Value("${samvirke.audit.chain-interval:200ms}") Duration interval) {
        this.jdbc = jdbc;
        this.heads = heads;
        this.hash = hash;
        this.transaction = new TransactionTemplate(transactions);
        this.interval = interval;
    }

    private record Pending(long pendingId, AuditEntry unchained) {
    }

    /** Chains everything written so far (and committed); returns how many entries it chained. */
    int chainPending() {
        if (jdbc.queryForList("select id from audit_pending order by id limit 1", Long.class).isEmpty()) {
            return 0;   // nothing waiting: no transaction, no lock
        }
        int total = 0;
        int chained;
        do {
            chained = transaction.execute(status -> chainBatch());
            total += chained;
        } while (chained == BATCH);
        return total;
    }

    private int chainBatch() {
        AuditChainHead head = heads.lock();
        List<Pending> pending = jdbc.query(SELECT_PENDING, AuditChainer::pending, BATCH);
        if (pending.isEmpty()) {
            return 0;
        }
        long id = head.lastEntryId();
        String prevHash = head.lastHash();
        List<AuditEntry> chained = new ArrayList<>(pending.size());
        for (Pending p : pending) {
            AuditEntry e = p.unchained();
            AuditEntry linked = new AuditEntry(++id, e.occurredAt(), e.username(), e.agency(), e.caseId(), e.action(),
                    e.items(), e.legalBasis(), e.purpose(), e.remoteAddress(), e.beforeValue(), e.afterValue(),
                    prevHash, null);
            prevHash = hash.of(linked);
            chained.add(new AuditEntry(linked.id(), linked.occurredAt(), linked.username(), linked.agency(),
                    linked.caseId(), linked.action(), linked.items(), linked.legalBasis(), linked.purpose(),
                    linked.remoteAddress(), linked.beforeValue(), linked.afterValue(), linked.prevHash(), prevHash));
        }
        jdbc.batchUpdate(INSERT_ENTRY, chained, chained.size(), (ps, e) -> {
            ps.setLong(1, e.id());
            ps.setObject(2, OffsetDateTime.ofInstant(e.occurredAt(), ZoneOffset.UTC));
            ps.setString(3, e.username());
            ps.setString(4, e.agency());
            ps.setObject(5, e.caseId());
            ps.setString(6, e.action().name());
            ps.setString(7, e.items());
            ps.setString(8, e.legalBasis());
            ps.setString(9, e.purpose());
            ps.setString(10, e.remoteAddress());
            ps.setString(11, e.beforeValue());
            ps.setString(12, e.afterValue());
            ps.setString(13, e.prevHash());
            ps.setString(14, e.hash());
        });
        jdbc.batchUpdate("delete from audit_pending where id = ?", pending, pending.size(),
                (ps, p) -> ps.setLong(1, p.pendingId()));
        head.advance(id, prevHash, hash.ofHead(id, prevHash));
        return pending.size();
    }

    private static Pending pending(ResultSet rs, int n) throws SQLException {
        return new Pending(rs.getLong("id"), new AuditEntry(0, rs.getObject("occurred_at", OffsetDateTime.class)
                .toInstant(), rs.getString("username"), rs.getString("agency"), rs.getObject("case_id", UUID.class),
                AuditAction.valueOf(rs.getString("action")), rs.getString("items"), rs.getString("legal_basis"),
                rs.getString("purpose"), rs.getString("remote_address"), rs.getString("before_value"),
                rs.getString("after_value"), null, null));
    }

    /** Fixed delay: a run that takes long (a large backlog) is not started again until it is done. */
    @Scheduled(initialDelayString = "${samvirke.audit.chain-interval:200ms}",
            fixedDelayString = "${samvirke.audit.chain-interval:200ms}")
    void chainOnSchedule() {
        try {
            chainPending();
        } catch (DataAccessException | TransactionException e) {
            // The database is away (or busy); the entries wait in audit_pending and are chained on a later run.
            long now = System.nanoTime();
            if (now - lastFailureLogged > Duration.ofMinutes(1).toNanos()) {
                lastFailureLogged = now;
                log.warn("Audit entries could not be chained now; retrying every {} ({})", interval,
                        e.getClass().getSimpleName());
            }
        } catch (RuntimeException e) {
            // Types only: a JDBC batch error quotes the rows it tried to write (usernames, purposes).
            log.error("Audit chaining failed ({}, caused by {}); retrying every {}", e.getClass().getName(),
                    rootCause(e).getClass().getName(), interval);
        }
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    /** A new trail's head (no entry yet, no MAC) gets its MAC once, so that an empty trail verifies too. */
    private void sealGenesisHead() {
        jdbc.update("update audit_chain_head set mac = ? where id = 1 and last_entry_id = 0 and mac is null",
                hash.ofHead(0, AuditHash.GENESIS));
    }

    /** Before the schedule's first run (which starts once the context is refreshed). */
    @Override
    public void afterSingletonsInstantiated() {
        sealGenesisHead();
    }
}
