/**
 * Kjernegruppe screening, review and decisions: the concern-handling process, its task forms
 * and the case timeline.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"identity", "platform", "audit", "anonymisation", "intake", "inbox", "sharing", "catalogue", "clarification", "notification", "followup"})
package no.samvirke.review;
