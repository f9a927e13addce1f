/** Personal data of a concern (subject identity, free text). Only the sharing module reads it. */
@org.springframework.modulith.NamedInterface("personal")
package no.samvirke.intake.personal;
