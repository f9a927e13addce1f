package no.samvirke.inbox.internal;

import java.util.ArrayList;
import java.util.List;
import no.samvirke.inbox.InboxTask;
import no.samvirke.platform.InvalidInputException;

/**
 * One page of a user's inbox. {@code page} counts from 0; {@code total} is the number of open
 * tasks the user may see on all pages (ADR 0017).
 */
public record TaskPage(List<InboxTask> tasks, int page, int size, long total) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;

    public TaskPage {
        tasks = List.copyOf(tasks);
    }

    /** Which page, of which size. Bad values are a field error on {@code page} or {@code size}. */
    public record Request(int page, int size) {

        public static final Request FIRST = new Request(0, DEFAULT_SIZE);

        public Request {
            if (page < 0 || size < 1 || size > MAX_SIZE) {
                throw new IllegalArgumentException("page " + page + ", size " + size);
            }
        }

        /** From request parameters: absent means page 0 and {@value #DEFAULT_SIZE} per page. */
        public static Request parse(String page, String size) {
            List<InvalidInputException.FieldProblem> problems = new ArrayList<>();
            int p = number(page, 0, 0, Integer.MAX_VALUE, "page", InboxMessages.PAGE_INVALID, problems);
            int s = number(size, DEFAULT_SIZE, 1, MAX_SIZE, "size", InboxMessages.SIZE_INVALID, problems);
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            return new Request(p, s);
        }

        /** The index of the page's first task among all the user's tasks. */
        long first() {
            return (long) page * size;
        }

        private static int number(String text, int absent, int min, int max, String field, String messageKey,
                                  List<InvalidInputException.FieldProblem> problems) {
            if (text == null) {
                return absent;
            }
            try {
                int value = Integer.parseInt(text.strip());
                if (value >= min && value <= max) {
                    return value;
                }
            } catch (NumberFormatException notANumber) {
                // reported below
            }
            problems.add(new InvalidInputException.FieldProblem(field, messageKey));
            return absent;
        }
    }

    /** At least 1: an empty inbox is one empty page. */
    public int totalPages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public int lastPage() {
        return totalPages() - 1;
    }

    public boolean hasNext() {
        return page < lastPage();
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    /** The page before this one; the last page if this one is beyond it. */
    public int previousPage() {
        return Math.min(page - 1, lastPage());
    }
}
