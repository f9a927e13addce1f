package no.samvirke.identity;

import java.time.LocalDate;

/** An administrator's request to give a person a membership (see {@link Membership}). */
public record MembershipGrant(MembershipKind kind, String scopeCode, LocalDate validFrom, LocalDate validTo) {
}
