package no.samvirke.sharing.contacthold.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ContactHoldEntryRepository extends JpaRepository<ContactHoldEntry, UUID> {

    List<ContactHoldEntry> findByCaseIdAndReleasedAtIsNull(UUID caseId);
}
