package no.samvirke.sharing;

import java.time.Instant;
import java.util.UUID;
import no.samvirke.identity.Agency;
import no.samvirke.identity.ServiceUnit;

/**
 * One piece of case information as one viewer may see it: its provenance, its grading and the
 * {@link Access} the viewer got. At level ANONYMISED the subject's identity is scrubbed from
 * {@code text}. Items a viewer may not see are never built at all.
 */
public record InformationItem(
        UUID id,
        InformationKind kind,
        String text,
        Agency sourceAgency,
        ServiceUnit sourceService,
        String author,
        Grading grading,
        Instant createdAt,
        Access access) {
}
