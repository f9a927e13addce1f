package no.samvirke.sharing.conversion.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import no.samvirke.sharing.Conversion;
import no.samvirke.sharing.ConversionProposal;
import no.samvirke.sharing.LegalGround;

/** The one open conversion proposal of a case; removed when it is confirmed. */
@Entity
@Table(name = "conversion_proposal")
public class ConversionProposalEntity {

    @Id
    private UUID caseId;
    @Enumerated(EnumType.STRING)
    private LegalGround legalGround;
    private String consentReference;
    private String justification;
    private String proposedBy;
    private Instant proposedAt;
    /** Null until persisted, so that a second proposal for the same case fails instead of merging. */
    @Version
    private Long version;

    protected ConversionProposalEntity() {
    }

    public ConversionProposalEntity(UUID caseId, Conversion conversion, String proposedBy, Instant proposedAt) {
        this.caseId = caseId;
        this.legalGround = conversion.ground();
        this.consentReference = conversion.consentReference();
        this.justification = conversion.justification();
        this.proposedBy = proposedBy;
        this.proposedAt = proposedAt;
    }

    public ConversionProposal proposal() {
        return new ConversionProposal(new Conversion(legalGround, consentReference, justification), proposedBy,
                proposedAt);
    }
}
