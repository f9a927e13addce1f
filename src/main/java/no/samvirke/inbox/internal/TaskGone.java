package no.samvirke.inbox.internal;

import no.samvirke.platform.ConflictException;
import org.camunda.bpm.engine.exception.NullValueException;

/**
 * Someone else completed the task between our read and our claim or completion: Camunda then
 * answers "Cannot find task with id …". That is the other user's success, a 409 for this one —
 * any other missing value stays an error.
 */
final class TaskGone {

    private TaskGone() {
    }

    static RuntimeException translate(NullValueException e, String taskId) {
        return is(e, taskId) ? new ConflictException(InboxMessages.ALREADY_COMPLETED) : e;
    }

    /** Whether Camunda says this task no longer exists. */
    static boolean is(NullValueException e, String taskId) {
        String message = e.getMessage();
        return message != null && message.contains("Cannot find task with id " + taskId);
    }
}
