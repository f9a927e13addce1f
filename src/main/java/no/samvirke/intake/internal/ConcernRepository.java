package no.samvirke.intake.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** No string {@code @Query}: it would start Spring Data's HQL parser at start-up (ADR 0018). */
interface ConcernRepository extends JpaRepository<Concern, UUID> {

    List<Concern> findTop200ByReporterUsernameOrderByRegisteredAtDesc(String reporterUsername);
}
