package no.samvirke.sharing.consent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * A consent as one viewer may see it. {@code givenByName} is personal data: it is null unless the
 * viewer sees the subject's identity (level FULL) in the same read, and so is the witness;
 * {@code documentReference} is an archive or journal number and shown to every member.
 */
public record ConsentView(UUID id, UUID concernId, ConsentGiver givenBy, String givenByName,
                          Set<RecipientCategory> recipients, LocalDate validFrom, LocalDate validTo,
                          ConsentForm form, String witness, String documentReference,
                          String recordedBy, Instant recordedAt,
                          Instant withdrawnAt, String withdrawnBy, String withdrawalReason,
                          ConsentStatus status, long version) {

    public ConsentView {
        recipients = Set.copyOf(recipients);
    }

    public boolean active() {
        return status == ConsentStatus.ACTIVE;
    }
}
