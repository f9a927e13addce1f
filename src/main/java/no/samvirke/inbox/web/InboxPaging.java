package no.samvirke.inbox.web;

import no.samvirke.inbox.internal.TaskPage;
import no.samvirke.platform.InvalidInputException;

/**
 * The {@code page} and {@code size} parameters of the inbox page and of its claim buttons, as
 * sent. The page makes its own links, so a bad value was typed into the address bar: it gets the
 * first page rather than an error (the API answers 400).
 */
record InboxPaging(String page, String size) {

    TaskPage.Request request() {
        try {
            return TaskPage.Request.parse(page, size);
        } catch (InvalidInputException handEdited) {
            return TaskPage.Request.FIRST;
        }
    }

    /** Back to the inbox at the same page. */
    String inbox() {
        TaskPage.Request request = request();
        return Pager.href(request.page(), request.size());
    }
}
