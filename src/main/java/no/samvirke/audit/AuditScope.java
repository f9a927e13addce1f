package no.samvirke.audit;

import no.samvirke.identity.Agency;
import no.samvirke.identity.CurrentUser;

/**
 * What part of the trail a privacy officer oversees, taken from their account: a municipality's
 * officer sees the entries its own users and services wrote about its own cases (a case's
 * municipality), the police's and PST's officers the entries written by police or PST users
 * (their reads, contact holds, police-only information) — never each other's. {@code username}:
 * the officer, whose own exports (no case) they see.
 */
public record AuditScope(Agency agency, String municipalityCode, String username) {

    public static AuditScope of(CurrentUser officer) {
        return new AuditScope(officer.agency(), officer.municipalityCode(), officer.username());
    }

    public boolean municipal() {
        return agency == Agency.MUNICIPALITY;
    }
}
