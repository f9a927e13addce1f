/**
 * Lawful sharing: decides, per viewer and per piece of information, what may be disclosed
 * (FULL, ANONYMISED or NONE, with its legal basis, from processes/disclosure.dmn), and records
 * every read of personal data in the audit trail (the {@code audit} module).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"identity", "platform", "audit", "anonymisation", "intake", "intake :: personal"})
package no.samvirke.sharing;
