/**
 * The audit trail: every read of personal data, every change to it, refused attempts and the engine
 * operator's requests, as append-only entries linked into a keyed hash chain (ADR 0011, 0019);
 * its verification, search and export, the disclosure log derived from it, and the privacy
 * officer's pages. Other modules record through {@link no.samvirke.audit.AuditTrail} and
 * {@link no.samvirke.audit.AuditAppender}; audit depends on none of them except to record intake's
 * registrations and identity's engine requests (ADR 0024).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"identity", "platform", "intake", "intake :: personal"})
package no.samvirke.audit;
