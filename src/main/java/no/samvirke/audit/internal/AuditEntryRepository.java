package no.samvirke.audit.internal;

import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.repository.Repository;

/** Read only: entries are written by {@link AuditChainer}; there is deliberately no update or delete method. */
interface AuditEntryRepository extends Repository<AuditEntryEntity, Long> {

    List<AuditEntryEntity> findByIdGreaterThanOrderByIdAsc(long id, Limit limit);
}
