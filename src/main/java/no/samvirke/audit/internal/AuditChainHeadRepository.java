package no.samvirke.audit.internal;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.repository.Repository;

/** Derived queries only: a string {@code @Query} would start Spring Data's HQL parser at start-up (ADR 0018). */
interface AuditChainHeadRepository extends Repository<AuditChainHead, Integer> {

    /** SELECT ... FOR UPDATE: chainers (one per node) wait for each other, so the chain never forks. */
    default AuditChainHead lock() {
        return findLockedById(AuditChainHead.ID)
                .orElseThrow(() -> new IllegalStateException("audit_chain_head has no row " + AuditChainHead.ID));
    }

    default Optional<AuditChainHead> read() {
        return findById(AuditChainHead.ID);
    }

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<AuditChainHead> findLockedById(Integer id);

    Optional<AuditChainHead> findById(Integer id);
}
