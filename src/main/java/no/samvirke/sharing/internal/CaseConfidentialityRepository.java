package no.samvirke.sharing.internal;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface CaseConfidentialityRepository extends JpaRepository<CaseConfidentialityEntity, UUID> {
}
