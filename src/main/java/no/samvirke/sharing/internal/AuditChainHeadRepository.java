package no.samvirke.sharing.internal;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface AuditChainHeadRepository extends Repository<AuditChainHead, Integer> {

    /** SELECT ... FOR UPDATE: appends wait for each other, so the chain never forks. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select h from AuditChainHead h where h.id = " + AuditChainHead.ID)
    AuditChainHead lock();

    @Query("select h from AuditChainHead h where h.id = " + AuditChainHead.ID)
    Optional<AuditChainHead> read();
}
