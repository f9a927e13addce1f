package no.samvirke.cases;

import no.samvirke.identity.CurrentUser;

/**
 * The cases a viewer may see, through the same gate as the case page ({@code CaseGate}): a case
 * the viewer may not know of is never counted, listed or found. Identity (name, birth date) is in
 * a row only where sharing discloses it FULL to the viewer, and that read is recorded by sharing.
 */
public interface CaseOverview {

    /** One page of the list, {@code page} from 0, {@code size} 1..100. */
    CaseListPage list(CaseFilter filter, CaseSort sort, int page, int size, CurrentUser viewer);

    /** How many cases the list would hold, without reading any personal data (for dashboards). */
    long count(CaseFilter filter, CurrentUser viewer);
}
