package no.samvirke.inbox.web;

import java.util.ArrayList;
import java.util.List;
import no.samvirke.inbox.internal.TaskPage;

/**
 * The inbox page's pager, without JavaScript: plain links to {@code /innboks?page=N&size=S}
 * (page from 0 as in the API, shown from 1). Only the first, the last and the two pages either
 * side of the current one are listed; a gap stands for the others. Public for the templates.
 */
public record Pager(int page, int size, int number, int count, long from, long to, long total,
             String previous, String next, List<Item> items) {

    static final String INBOX = "/innboks";

    /** A page link ({@code number} from 1), or a gap when {@code href} is null. */
    public record Item(int number, String href, boolean current) {
        public boolean gap() {
            return href == null;
        }
    }

    static Pager of(TaskPage p) {
        long from = p.tasks().isEmpty() ? 0 : (long) p.page() * p.size() + 1;
        return new Pager(p.page(), p.size(), p.page() + 1, p.totalPages(), from, from + p.tasks().size() - 1,
                p.total(), p.hasPrevious() ? href(p.page() - 1, p.size()) : null,
                p.hasNext() ? href(p.page() + 1, p.size()) : null, items(p));
    }

    /** The inbox at this page; the defaults (first page, {@value TaskPage#DEFAULT_SIZE} tasks) left out. */
    static String href(int page, int size) {
        List<String> query = new ArrayList<>();
        if (page > 0) {
            query.add("page=" + page);
        }
        if (size != TaskPage.DEFAULT_SIZE) {
            query.add("size=" + size);
        }
        return query.isEmpty() ? INBOX : INBOX + "?" + String.join("&", query);
    }

    public boolean shown() {
        return count > 1;
    }

    private static List<Item> items(TaskPage p) {
        List<Item> items = new ArrayList<>();
        int listed = -1;
        for (int i = 0; i <= p.lastPage(); i++) {
            if (i == 0 || i == p.lastPage() || Math.abs(i - p.page()) <= 2) {
                if (i > listed + 1) {
                    items.add(new Item(0, null, false));
                }
                items.add(new Item(i + 1, href(i, p.size()), i == p.page()));
                listed = i;
            }
        }
        return items;
    }
}
