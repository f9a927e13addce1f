package no.samvirke.cases;

/** How the case list is ordered. Ties are broken by reference, so pages never overlap. */
public enum CaseSort {
    NEXT_DEADLINE, REGISTERED_NEWEST, REGISTERED_OLDEST, REFERENCE
}
