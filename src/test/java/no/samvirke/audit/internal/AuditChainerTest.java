package no.samvirke.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.samvirke.audit.AuditAction;
import no.samvirke.audit.AuditQuery;
import no.samvirke.audit.AuditTrail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import no.samvirke.audit.AuditRecord;
import no.samvirke.audit.AuditAppender;

/**
 * Entries are written without waiting for each other and linked into the chain afterwards
 * (ADR 0019): whatever was written appears once, in one unforked chain, even while several
 * chainers (two nodes) run at the same time; a change that rolls back leaves nothing.
 */
@SpringBootTest
class AuditChainerTest {

    @Autowired AuditAppender appender;
    @Autowired AuditChainer chainer;
    @Autowired AuditTrail trail;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transaction;

    private static AuditRecord read(UUID caseId, int n) {
        return AuditRecord.read("kjerne", "MUNICIPALITY", caseId, "subject=FULL;n=" + n, "test", "test:chainer");
    }

    @Test
    void everyEntryWrittenDuringConcurrentChainingIsChainedOnceAndTheChainVerifies() throws Exception {
        UUID caseId = UUID.randomUUID();
        int writers = 8;
        int perWriter = 40;
        ExecutorService pool = Executors.newFixedThreadPool(writers + 2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> work = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                work.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < perWriter; i++) {
                        appender.append(read(caseId, writer * perWriter + i));
                    }
                    return null;
                }));
            }
            for (int node = 0; node < 2; node++) {   // two nodes' chainers, besides the scheduled one
                work.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < 20; i++) {
                        chainer.chainPending();
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : work) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        trail.chainPending();

        List<String> items = jdbc.queryForList("select items from audit_entry where case_id = ?", String.class, caseId);
        assertThat(items).hasSize(writers * perWriter).doesNotHaveDuplicates();
        assertThat(jdbc.queryForObject("select count(*) from audit_pending where case_id = ?", Long.class, caseId))
                .isZero();
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void theTrailsReadersSeeAnEntryAtOnceWithoutWaitingForTheSchedule() {
        UUID caseId = UUID.randomUUID();
        appender.append(read(caseId, 1));

        assertThat(trail.entries(new AuditQuery(caseId, null, null, null), 0, 10).entries())
                .singleElement().satisfies(e -> {
                    assertThat(e.action()).isEqualTo(AuditAction.READ);
                    assertThat(e.hash()).hasSize(64);
                });
    }

    @Test
    void anEntryIsChainedOnScheduleWithoutAnyoneReadingTheTrail() throws InterruptedException {
        UUID caseId = UUID.randomUUID();
        appender.append(read(caseId, 1));

        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(10).toNanos();
        while (pending(caseId) > 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(pending(caseId)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where case_id = ?", Long.class, caseId))
                .isOne();
    }

    private long pending(UUID caseId) {
        return jdbc.queryForObject("select count(*) from audit_pending where case_id = ?", Long.class, caseId);
    }

    @Test
    void aChangeThatRollsBackLeavesNoEntry() {
        UUID caseId = UUID.randomUUID();
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            appender.appendInCurrentTransaction(new AuditRecord("kjerne", "MUNICIPALITY", caseId, AuditAction.CHANGE,
                    "subject", "test", "test:rollback", null, "x"));
            throw new IllegalStateException("the change fails");
        })).isInstanceOf(IllegalStateException.class);

        trail.chainPending();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where case_id = ?", Long.class, caseId))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_pending where case_id = ?", Long.class, caseId))
                .isZero();
    }
}
