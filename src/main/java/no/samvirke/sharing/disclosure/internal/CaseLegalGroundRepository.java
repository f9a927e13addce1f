package no.samvirke.sharing.disclosure.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseLegalGroundRepository extends JpaRepository<CaseLegalGroundEntity, UUID> {

    List<CaseLegalGroundEntity> findByCaseIdOrderByDecidedAtAsc(UUID caseId);
}
