package no.samvirke.sharing.internal;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ConversionProposalRepository extends JpaRepository<ConversionProposalEntity, UUID> {
}
