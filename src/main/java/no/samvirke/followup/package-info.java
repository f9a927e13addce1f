/**
 * Follow-up started by the notification routine: the family follow-up after an outbound travel or a
 * death (tiltak 30, 31) and the coordinated plan for a returnee (tiltak 32–34, 39), with their task
 * forms. Starts when {@code NotificationReachedMunicipality} is published; personal data stays in
 * the sharing module, the engine holds ids and routing flags only.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"identity", "platform", "intake", "inbox",
        "sharing", "catalogue", "notification"})
package no.samvirke.followup;
