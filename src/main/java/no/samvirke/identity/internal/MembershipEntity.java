package no.samvirke.identity.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import no.samvirke.identity.Membership;
import no.samvirke.identity.MembershipKind;

@Entity
@Table(name = "membership")
class MembershipEntity {

    @Id
    private UUID id;
    private String username;
    @Enumerated(EnumType.STRING)
    private MembershipKind kind;
    private String scopeCode;
    private LocalDate validFrom;
    private LocalDate validTo;
    private boolean proposed;
    private String grantedBy;
    private Instant grantedAt;

    protected MembershipEntity() {
    }

    MembershipEntity(String username, MembershipKind kind, String scopeCode, LocalDate validFrom, LocalDate validTo,
                     boolean proposed, String grantedBy, Instant grantedAt) {
        this.id = UUID.randomUUID();
        this.username = username;
        this.kind = kind;
        this.scopeCode = scopeCode;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.proposed = proposed;
        this.grantedBy = grantedBy;
        this.grantedAt = grantedAt;
    }

    UUID id() {
        return id;
    }

    String username() {
        return username;
    }

    MembershipKind kind() {
        return kind;
    }

    String scopeCode() {
        return scopeCode;
    }

    LocalDate validFrom() {
        return validFrom;
    }

    LocalDate validTo() {
        return validTo;
    }

    boolean proposed() {
        return proposed;
    }

    boolean activeOn(LocalDate day) {
        return toRecord().activeOn(day);
    }

    /** An approved proposal comes into force: from the approval day if it was to start earlier. */
    void confirm(LocalDate today, String by, Instant now) {
        this.proposed = false;
        if (validFrom.isBefore(today)) {
            validFrom = today;
        }
        this.grantedBy = by;
        this.grantedAt = now;
    }

    void endOn(LocalDate lastDay) {
        this.validTo = lastDay;
    }

    Membership toRecord() {
        return new Membership(id, username, kind, scopeCode, validFrom, validTo, proposed, grantedBy, grantedAt);
    }
}
