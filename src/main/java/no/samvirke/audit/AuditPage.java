package no.samvirke.audit;

import java.util.List;

/** One page of audit entries, newest first. {@code page} counts from 0. */
public record AuditPage(List<AuditEntry> entries, int page, int size, long totalElements) {

    public AuditPage {
        entries = List.copyOf(entries);
    }

    public int totalPages() {
        return size == 0 ? 0 : (int) ((totalElements + size - 1) / size);
    }

    public boolean hasNext() {
        return page + 1 < totalPages();
    }

    public boolean hasPrevious() {
        return page > 0;
    }
}
