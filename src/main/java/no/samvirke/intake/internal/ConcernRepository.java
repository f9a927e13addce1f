package no.samvirke.intake.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ConcernRepository extends JpaRepository<Concern, UUID> {

    List<Concern> findTop200ByReporterUsernameOrderByRegisteredAtDesc(String reporterUsername);
}
