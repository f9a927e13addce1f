package no.samvirke.sharing.contacthold.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One "do not contact the family" hold set by PST; active until released or expired. */
@Entity
@Table(name = "contact_hold")
public class ContactHoldEntry {

    @Id
    private UUID id;
    private UUID caseId;
    private String reason;
    private LocalDate expiresOn;
    private String setBy;
    private Instant setAt;
    private String releasedBy;
    private Instant releasedAt;
    @Version
    private Long version;

    protected ContactHoldEntry() {
    }

    public ContactHoldEntry(UUID caseId) {
        this.id = UUID.randomUUID();
        this.caseId = caseId;
    }

    public void set(String reason, LocalDate expiresOn, String username, Instant now) {
        this.reason = reason;
        this.expiresOn = expiresOn;
        this.setBy = username;
        this.setAt = now;
    }

    public void release(String username, Instant now) {
        this.releasedBy = username;
        this.releasedAt = now;
    }

    /** Through the expiry date, unless released. */
    public boolean activeOn(LocalDate today) {
        return releasedAt == null && !today.isAfter(expiresOn);
    }

    UUID caseId() { return caseId; }
    public String reason() { return reason; }
    public LocalDate expiresOn() { return expiresOn; }
    public String setBy() { return setBy; }
    public Instant setAt() { return setAt; }
}
