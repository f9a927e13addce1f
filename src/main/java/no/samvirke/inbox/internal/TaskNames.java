package no.samvirke.inbox.internal;

import java.util.Locale;
import no.samvirke.inbox.InboxTask;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The name a user sees: message {@code task.<taskDefinitionKey>}, else the BPMN task name. */
@Component
public class TaskNames {

    private final MessageSource messages;

    TaskNames(MessageSource messages) {
        this.messages = messages;
    }

    public String of(InboxTask task, Locale locale) {
        return messages.getMessage("task." + task.taskDefinitionKey(), null, task.name(), locale);
    }
}
