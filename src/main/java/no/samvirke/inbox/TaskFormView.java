package no.samvirke.inbox;

import java.util.Map;

/**
 * How a task's form is drawn on the task page: a Thymeleaf template and fragment name (e.g.
 * {@code review/tasks :: screen}) and the model attributes it needs.
 */
public record TaskFormView(String template, Map<String, Object> model) {
}
