package no.samvirke.intake.internal;

import java.time.Clock;
import java.time.ZoneId;
import no.samvirke.identity.Municipality;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands out human references like {@code B-2026-0042}: municipality prefix, year, and a
 * sequence per municipality and year, taken under a row lock so that concurrent registrations
 * never share a number. A registration takes its number in a short transaction of its own
 * before it stores anything ({@link #nextOnItsOwn}), so the lock is held for one update instead
 * of the whole registration; a registration that fails after that leaves a gap in the sequence
 * (ADR 0019). Numbers are unique and increasing, not gap-free.
 */
@Component
class ConcernReferences {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private final ReferenceCounterRepository counters;
    private final CounterCreation creation;
    private final Clock clock;

    ConcernReferences(ReferenceCounterRepository counters, CounterCreation creation, Clock clock) {
        this.counters = counters;
        this.creation = creation;
        this.clock = clock;
    }

    /** In a transaction of its own, committed when this returns: call it outside any transaction. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public String nextOnItsOwn(Municipality municipality) {
        return take(municipality);
    }

    /** In the caller's transaction: the number is locked until it commits. */
    @Transactional(propagation = Propagation.MANDATORY)
    public String next(Municipality municipality) {
        return take(municipality);
    }

    private String take(Municipality municipality) {
        int year = clock.instant().atZone(OSLO).getYear();
        ReferenceCounter.Key key = new ReferenceCounter.Key(municipality.code(), year);
        ReferenceCounter counter = counters.findLockedByKey(key).orElseGet(() -> {
            try {
                creation.ensureExists(key);
            } catch (DataIntegrityViolationException alreadyCreated) {
                // another registration created it first; its own transaction is rolled back, ours is not
            }
            return counters.findLockedByKey(key).orElseThrow();
        });
        return "%s-%d-%04d".formatted(municipality.referencePrefix(), year, counter.next());
    }

    /**
     * Creates a year's counter in its own transaction. A concurrent creator makes it fail with
     * DataIntegrityViolationException, which the caller ignores: caught in here, the exception
     * would leave this transaction rollback-only and its commit would fail the registration.
     */
    @Component
    static class CounterCreation {
        private final ReferenceCounterRepository counters;

        CounterCreation(ReferenceCounterRepository counters) {
            this.counters = counters;
        }

        @Transactional(propagation = Propagation.REQUIRES_NEW)
        public void ensureExists(ReferenceCounter.Key key) {
            if (!counters.existsById(key)) {
                counters.saveAndFlush(new ReferenceCounter(key));
            }
        }
    }
}
