package no.samvirke.intake.internal;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

/** Derived queries only: a string {@code @Query} would start Spring Data's HQL parser at start-up (ADR 0018). */
interface ReferenceCounterRepository extends JpaRepository<ReferenceCounter, ReferenceCounter.Key> {

    /** SELECT ... FOR UPDATE on the counter row. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<ReferenceCounter> findLockedByKey(ReferenceCounter.Key key);
}
