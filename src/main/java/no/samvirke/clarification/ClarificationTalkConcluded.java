package no.samvirke.clarification;

import java.util.UUID;

/**
 * A clarification talk ended: held (with the police's assessment), declined, or not answered.
 * Ids only; whoever reacts reads the conclusion through {@link ClarificationTalks#conclusion}.
 * Published inside the transaction that records it.
 */
public record ClarificationTalkConcluded(UUID caseId, UUID talkId) {
}
