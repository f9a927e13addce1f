package no.samvirke.sharing.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ContactHoldEntryRepository extends JpaRepository<ContactHoldEntry, UUID> {

    List<ContactHoldEntry> findByCaseIdAndReleasedAtIsNull(UUID caseId);
}
