package no.samvirke.clarification.internal;

import java.time.LocalDate;
import java.util.List;

/** The structured record of a held talk, as the conductor fills it in (validated by the form). */
public record HeldTalk(LocalDate heldOn, String place, List<ParticipantRole> participants, Boolean guardiansPresent,
                List<Topic> topics, Assessment assessment, String reasons, String nextSteps, boolean newTalkPlanned,
                String notes) {
}
