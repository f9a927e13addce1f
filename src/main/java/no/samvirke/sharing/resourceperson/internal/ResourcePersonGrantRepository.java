package no.samvirke.sharing.resourceperson.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ResourcePersonGrantRepository extends JpaRepository<ResourcePersonGrant, UUID> {

    List<ResourcePersonGrant> findByCaseIdAndUsername(UUID caseId, String username);
}
