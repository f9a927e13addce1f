package no.samvirke.cases;

import java.util.List;

/** One page of the case list, and the total for the pager. */
public record CaseListPage(List<CaseRow> rows, int page, int size, long total) {
}
