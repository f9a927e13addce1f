package no.samvirke.sharing.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ResourcePersonGrantRepository extends JpaRepository<ResourcePersonGrant, UUID> {

    List<ResourcePersonGrant> findByCaseIdAndUsername(UUID caseId, String username);
}
