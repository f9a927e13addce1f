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
import no.samvirke.sharing.DiscussionMode;
import no.samvirke.sharing.LegalGround;

/** A case's discussion mode and, once converted, the legal basis of the conversion. */
@Entity
@Table(name = "case_confidentiality")
public class CaseConfidentialityEntity {

    @Id
    private UUID caseId;
    @Enumerated(EnumType.STRING)
    private DiscussionMode discussionMode;
    @Enumerated(EnumType.STRING)
    private LegalGround legalGround;
    private String consentReference;
    private String justification;
    private String convertedBy;
    private Instant convertedAt;
    private Instant updatedAt;
    @Version
    private long version;

    protected CaseConfidentialityEntity() {
    }

    public CaseConfidentialityEntity(UUID caseId, DiscussionMode mode, Instant at) {
        this.caseId = caseId;
        this.discussionMode = mode;
        this.updatedAt = at;
    }

    public void changeMode(DiscussionMode mode, Instant at) {
        this.discussionMode = mode;
        this.updatedAt = at;
    }

    public void convert(Conversion conversion, String username, Instant at) {
        this.discussionMode = DiscussionMode.NAMED;
        this.legalGround = conversion.ground();
        this.consentReference = conversion.consentReference();
        this.justification = conversion.justification();
        this.convertedBy = username;
        this.convertedAt = at;
        this.updatedAt = at;
    }

    public DiscussionMode discussionMode() {
        return discussionMode;
    }

    public LegalGround legalGround() {
        return legalGround;
    }

    /** Anonymised discussion that has not been converted. */
    public boolean discussedAnonymously() {
        return discussionMode == DiscussionMode.ANONYMISED && convertedAt == null;
    }
}
