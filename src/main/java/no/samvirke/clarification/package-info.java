/**
 * The police's clarification talk (avklaringssamtale, tiltak 22 and 33): invitation, answer,
 * reminders and deadline, the structured record, and the outcome handed back to the calling
 * process. The record's notes are police/PST-only case information; the assessment and next
 * steps reach the kjernegruppe only as the sharing module discloses them.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"identity", "platform", "audit", "intake", "inbox", "sharing",
        "sharing :: consent"})
package no.samvirke.clarification;
