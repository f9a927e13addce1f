/**
 * Lawful sharing: decides, per viewer and per piece of information, what may be disclosed
 * (FULL, ANONYMISED or NONE, with its legal basis, from processes/disclosure.dmn), and records
 * every read of personal data in the audit trail (the {@code audit} module). {@link no.samvirke.sharing.CaseGate} is the one
 * gate before a case. Inside, by feature: {@code disclosure} (the table, its facts, the gate),
 * {@code consent}, {@code conversion} (discussion mode and conversion state), {@code resourceperson}
 * (grants), {@code contacthold} and {@code information}; {@code internal} holds the audited use
 * cases and the implementations of the public interfaces ({@code DefaultX}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"identity", "platform", "audit", "anonymisation", "intake", "intake :: personal"})
package no.samvirke.sharing;
