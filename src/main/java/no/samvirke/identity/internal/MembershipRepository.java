package no.samvirke.identity.internal;

import java.util.List;
import java.util.UUID;
import no.samvirke.identity.MembershipKind;
import org.springframework.data.jpa.repository.JpaRepository;

interface MembershipRepository extends JpaRepository<MembershipEntity, UUID> {

    List<MembershipEntity> findByUsername(String username);

    List<MembershipEntity> findByKindAndProposedFalse(MembershipKind kind);
}
