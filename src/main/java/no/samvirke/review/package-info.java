/**
 * Kjernegruppe screening, review and decisions: the concern-handling process, its task forms
 * and the case timeline ({@link no.samvirke.review.CaseTimeline}, read by the case page in the
 * {@code cases} module).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"identity", "platform", "audit", "anonymisation", "intake", "inbox", "sharing", "catalogue", "clarification", "notification", "followup"})
package no.samvirke.review;
