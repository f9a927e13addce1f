package no.samvirke.sharing.consent;

/** A consent's standing on a given day (Norwegian time). Only ACTIVE consent counts for disclosure. */
public enum ConsentStatus {
    ACTIVE, NOT_YET_VALID, EXPIRED, WITHDRAWN
}
