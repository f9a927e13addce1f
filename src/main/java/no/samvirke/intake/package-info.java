/**
 * Concern registration and the reporter's view. The root holds the module's public API:
 * events, ids and the non-personal summary. Personal data about the subject is reachable only
 * through the {@code personal} named interface, which only the sharing module may use.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"identity", "platform"})
package no.samvirke.intake;
