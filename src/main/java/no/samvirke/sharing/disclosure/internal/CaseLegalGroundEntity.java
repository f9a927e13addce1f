package no.samvirke.sharing.disclosure.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import no.samvirke.sharing.LegalGround;

/** One legal ground recorded on a case by its decider (V23). Never changed once written. */
@Entity
@Table(name = "case_legal_ground")
public class CaseLegalGroundEntity {

    @Id
    private UUID id;
    private UUID caseId;
    @Enumerated(EnumType.STRING)
    private LegalGround legalGround;
    private String decision;
    private String justification;
    private String decidedBy;
    private Instant decidedAt;

    protected CaseLegalGroundEntity() {
    }

    public CaseLegalGroundEntity(UUID caseId, LegalGround ground, String decision, String justification, String decidedBy,
                          Instant decidedAt) {
        this.id = UUID.randomUUID();
        this.caseId = caseId;
        this.legalGround = ground;
        this.decision = decision;
        this.justification = justification;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    public LegalGround legalGround() {
        return legalGround;
    }
}
