package no.samvirke.inbox.web;

import java.time.ZonedDateTime;
import no.samvirke.inbox.InboxTask;

/**
 * One task as a page shows it: the localized name, the due date in Oslo time and whether it is
 * overdue. Templates format {@code due} with {@code #temporals.format(row.due, 'dd.MM.yyyy HH:mm')}.
 */
public record TaskRow(InboxTask task, String name, ZonedDateTime due, boolean overdue, boolean mine) {
}
