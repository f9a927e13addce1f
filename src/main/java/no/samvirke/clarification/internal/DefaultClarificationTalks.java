package no.samvirke.clarification.internal;

import java.util.Optional;
import java.util.UUID;
import no.samvirke.clarification.ClarificationTalks;
import no.samvirke.clarification.TalkConclusion;
import no.samvirke.clarification.process.ClarificationProcess.TalkContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The conclusion of ended concern talks for the case timeline; never the notes. */
@Service
@Transactional(readOnly = true)
class DefaultClarificationTalks implements ClarificationTalks {

    private final ClarificationTalkRepository talks;

    DefaultClarificationTalks(ClarificationTalkRepository talks) {
        this.talks = talks;
    }

    @Override
    public Optional<TalkConclusion> conclusion(UUID talkId) {
        return talks.findById(talkId).filter(ClarificationTalk::concluded)
                .filter(t -> t.context() == TalkContext.CONCERN)
                .map(t -> new TalkConclusion(t.caseId(), t.id(), t.outcomeCode(),
                        t.status() == TalkStatus.HELD ? t.assessmentReasons() : t.recommendation(), t.nextSteps(),
                        t.authorUsername(), t.authorService(), t.concludedAt()));
    }
}
