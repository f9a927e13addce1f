package no.samvirke.clarification;

import java.util.Optional;
import java.util.UUID;

/** What other modules may ask about clarification talks. */
public interface ClarificationTalks {

    /**
     * The conclusion of an ended talk requested by concern handling (empty otherwise: a returnee
     * talk belongs to the follow-up plan), for the case timeline: the outcome code and the texts the
     * kjernegruppe may be shown (never the police's notes). The caller must disclose the texts
     * through the sharing module with {@link TalkConclusion#authorService()} as their source.
     */
    Optional<TalkConclusion> conclusion(UUID talkId);
}
