package no.samvirke.sharing.internal;

import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.repository.Repository;

/** Append and read only: there is deliberately no update or delete method. */
interface AuditEntryRepository extends Repository<AuditEntryEntity, Long> {

    AuditEntryEntity save(AuditEntryEntity entry);

    List<AuditEntryEntity> findByIdGreaterThanOrderByIdAsc(long id, Limit limit);
}
