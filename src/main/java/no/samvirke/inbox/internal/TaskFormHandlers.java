package no.samvirke.inbox.internal;

import java.util.List;
import java.util.Optional;
import no.samvirke.inbox.TaskFormHandler;
import org.springframework.stereotype.Component;

/** Finds the module's form handler for a task definition key. */
@Component
public class TaskFormHandlers {

    private final List<TaskFormHandler> handlers;

    TaskFormHandlers(List<TaskFormHandler> handlers) {
        this.handlers = List.copyOf(handlers);
    }

    public Optional<TaskFormHandler> forKey(String taskDefinitionKey) {
        return handlers.stream().filter(h -> h.handles(taskDefinitionKey)).findFirst();
    }
}
