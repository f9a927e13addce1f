package no.samvirke.followup.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FollowUpEntryRepository extends JpaRepository<FollowUpEntry, UUID> {

    List<FollowUpEntry> findByProcessInstanceIdOrderByRecordedAtAsc(String processInstanceId);
}
