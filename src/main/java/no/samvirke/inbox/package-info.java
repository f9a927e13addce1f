/**
 * The task inbox: the only wrapper around Camunda's TaskService. Modules that own a user task
 * provide a {@link no.samvirke.inbox.TaskFormHandler} for it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"identity", "platform"})
package no.samvirke.inbox;
