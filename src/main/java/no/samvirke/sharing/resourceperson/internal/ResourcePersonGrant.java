package no.samvirke.sharing.resourceperson.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** One user's time-limited access to one case; opens only after the declaration is accepted. */
@Entity
@Table(name = "case_resource_person")
public class ResourcePersonGrant {

    @Id
    private UUID id;
    private UUID caseId;
    private String username;
    private Instant validFrom;
    private Instant validTo;
    private String grantedBy;
    private Instant grantedAt;
    private String declarationKey;
    private Instant acceptedAt;
    private Instant expiryRecordedAt;
    @Version
    private long version;

    protected ResourcePersonGrant() {
    }

    public ResourcePersonGrant(UUID caseId, String username, Instant from, Instant to, String grantedBy, Instant at) {
        this.id = UUID.randomUUID();
        this.caseId = caseId;
        this.username = username;
        this.validFrom = from;
        this.validTo = to;
        this.grantedBy = grantedBy;
        this.grantedAt = at;
    }

    public boolean inForce(Instant now) {
        return !now.isBefore(validFrom) && now.isBefore(validTo);
    }

    public boolean expiredUnrecorded(Instant now) {
        return !now.isBefore(validTo) && expiryRecordedAt == null;
    }

    public void recordExpiry(Instant now) {
        this.expiryRecordedAt = now;
    }

    public void accept(String key, Instant now) {
        this.declarationKey = key;
        this.acceptedAt = now;
    }

    public boolean accepted() {
        return acceptedAt != null;
    }

    UUID caseId() {
        return caseId;
    }

    String username() {
        return username;
    }

    public String grantedBy() {
        return grantedBy;
    }

    public String period() {
        return "username=" + username + ";from=" + validFrom + ";to=" + validTo;
    }
}
