package no.samvirke.clarification.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ClarificationTalkRepository extends JpaRepository<ClarificationTalk, UUID> {

    Optional<ClarificationTalk> findByProcessInstanceId(String processInstanceId);

    List<ClarificationTalk> findByCaseIdOrderByCreatedAtAsc(UUID caseId);
}
