/** Consent records: what other modules may ask about a case's consents (through {@link no.samvirke.sharing.consent.Consents}). */
@org.springframework.modulith.NamedInterface("consent")
package no.samvirke.sharing.consent;
