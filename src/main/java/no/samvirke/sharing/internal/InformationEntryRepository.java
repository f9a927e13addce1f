package no.samvirke.sharing.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface InformationEntryRepository extends JpaRepository<InformationEntry, UUID> {

    List<InformationEntry> findByCaseIdOrderByCreatedAtAscIdAsc(UUID caseId);
}
