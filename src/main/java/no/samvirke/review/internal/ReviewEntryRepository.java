package no.samvirke.review.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewEntryRepository extends JpaRepository<ReviewEntry, UUID> {

    List<ReviewEntry> findByCaseIdOrderByRecordedAtAsc(UUID caseId);
}
