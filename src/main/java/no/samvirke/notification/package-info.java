/**
 * The notification routine (tiltak 29, 36, 37): outbound travel, return and death notifications
 * handed between PST, the police district and the municipality, each handoff with its receipt
 * and escalation. The root holds the module's public API: the events other modules react to.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"identity", "platform", "audit", "intake", "sharing", "inbox"})
package no.samvirke.notification;
