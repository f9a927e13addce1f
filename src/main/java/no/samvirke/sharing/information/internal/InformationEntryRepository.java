package no.samvirke.sharing.information.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InformationEntryRepository extends JpaRepository<InformationEntry, UUID> {

    List<InformationEntry> findByCaseIdOrderByCreatedAtAscIdAsc(UUID caseId);
}
