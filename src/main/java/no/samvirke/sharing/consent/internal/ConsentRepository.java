package no.samvirke.sharing.consent.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.Repository;

/** Insert and read; a withdrawal is an update of the loaded entity. No delete. */
public interface ConsentRepository extends Repository<ConsentEntity, UUID> {

    ConsentEntity save(ConsentEntity consent);

    ConsentEntity saveAndFlush(ConsentEntity consent);

    Optional<ConsentEntity> findByIdAndConcernId(UUID id, UUID concernId);

    List<ConsentEntity> findByConcernIdOrderByRecordedAtDesc(UUID concernId);

    List<ConsentEntity> findByConcernIdAndWithdrawnAtIsNull(UUID concernId);
}
