package no.samvirke.clarification;

import java.time.Instant;
import java.util.UUID;
import no.samvirke.identity.ServiceUnit;

/**
 * How a talk ended. {@code outcome} is CONCERN_CONFIRMED, CONCERN_WEAKENED or CONCERN_DISMISSED for a
 * held talk, otherwise DECLINED or NO_ANSWER; {@code reasons} is the assessment's reasons or the
 * police's recommendation; {@code nextSteps} is null unless the talk was held. Texts written by
 * {@code authorUsername} of {@code authorService} (police or PST).
 */
public record TalkConclusion(UUID caseId, UUID talkId, String outcome, String reasons, String nextSteps,
                             String authorUsername, ServiceUnit authorService, Instant concludedAt) {
}
