package no.samvirke.inbox;

import java.util.Map;
import no.samvirke.identity.CurrentUser;

/**
 * Implemented by the module that owns a user task. The inbox finds the handler by the task's
 * definition key, draws its form, and on completion calls {@link #complete} and then completes
 * the Camunda task in the same transaction: nothing is half-stored.
 */
public interface TaskFormHandler {

    boolean handles(String taskDefinitionKey);

    /** The form (and the case information the user may see) for the task page. */
    TaskFormView view(InboxTask task, CurrentUser user);

    /**
     * Validates the input (throw {@link no.samvirke.platform.InvalidInputException} with one
     * entry per field), records what was decided in the module's own tables, and returns the
     * process variables (ids and routing flags only) to complete the task with.
     * Input values are strings, booleans, numbers or lists of strings (from JSON or a form).
     */
    Map<String, Object> complete(InboxTask task, Map<String, Object> input, CurrentUser user);
}
