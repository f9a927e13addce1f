/**
 * Finds what could identify a person in free text — names, dates, national ids, e-mail addresses,
 * phone numbers, addresses — and checks anonymised descriptions: the text written and confirmed
 * for anonymised discussion of a case (ADR 0021). Its detector is a pure function
 * ({@link no.samvirke.anonymisation.IdentifyingTextDetector}); sharing's redaction and confidentiality
 * call it, never the other way round.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"identity", "platform", "audit", "intake", "intake :: personal"})
package no.samvirke.anonymisation;
