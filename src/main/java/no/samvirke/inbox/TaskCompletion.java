package no.samvirke.inbox;

import java.util.Map;
import no.samvirke.identity.CurrentUser;

/**
 * Completes a task for a module's own API action (e.g. "acknowledge this notification") exactly
 * as the inbox would: the user's open task with this definition key in the process with this
 * business key, through the owning module's {@link TaskFormHandler}, in one transaction.
 */
public interface TaskCompletion {

    /** @throws no.samvirke.platform.NotFoundException when the user has no such open task */
    void complete(String businessKey, String taskDefinitionKey, Map<String, Object> input, CurrentUser user);
}
