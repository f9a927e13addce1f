package no.samvirke.identity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One membership of one person, from {@code validFrom} to {@code validTo} (inclusive; null: open-ended).
 * {@code scopeCode} is a municipality code or a police district code after the kind's scope, null for
 * none. {@code proposed}: pre-filled from a provider's group claims, not in force until an
 * administrator approves the account.
 */
public record Membership(UUID id, String username, MembershipKind kind, String scopeCode, LocalDate validFrom,
                         LocalDate validTo, boolean proposed, String grantedBy, Instant grantedAt) {

    public boolean activeOn(LocalDate day) {
        return !proposed && !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }
}
