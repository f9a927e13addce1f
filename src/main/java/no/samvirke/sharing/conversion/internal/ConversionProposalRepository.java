package no.samvirke.sharing.conversion.internal;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ConversionProposalRepository extends JpaRepository<ConversionProposalEntity, UUID> {
}
