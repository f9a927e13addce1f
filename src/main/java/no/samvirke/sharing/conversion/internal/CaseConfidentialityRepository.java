package no.samvirke.sharing.conversion.internal;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseConfidentialityRepository extends JpaRepository<CaseConfidentialityEntity, UUID> {
}
