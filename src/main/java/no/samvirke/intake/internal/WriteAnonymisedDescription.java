package no.samvirke.intake.internal;

import java.util.List;
import java.util.UUID;
import no.samvirke.identity.CurrentUser;
import no.samvirke.intake.AnonymisedDescriptionIntake;
import no.samvirke.intake.AnonymisedDescriptionIntake.Finding;
import no.samvirke.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reporter writes (or rewrites) the "Beskrivelse for anonym drøfting" of their own concern after
 * registering it (ADR 0021): until a confirmed text exists, everyone who sees the case anonymised
 * (the police, often the whole kjernegruppe) sees only a placeholder, and the reporter is the one
 * who knows the case and may see their own description. Only the reporter: anyone else gets 404.
 */
@Service
public class WriteAnonymisedDescription {

    private final ConcernRepository concerns;
    private final AnonymisedDescriptionIntake anonymised;

    WriteAnonymisedDescription(ConcernRepository concerns, AnonymisedDescriptionIntake anonymised) {
        this.concerns = concerns;
        this.anonymised = anonymised;
    }

    /**
     * Checks and stores the text, confirmed by the reporter, in one transaction.
     *
     * @throws NotFoundException when the concern is not {@code reporter}'s
     * @throws no.samvirke.platform.InvalidInputException when the text is empty, too long, has a hard
     *         finding or is not confirmed; nothing is stored
     */
    @Transactional
    public void handle(UUID concernId, String text, boolean confirmed, CurrentUser reporter) {
        Concern concern = own(concernId, reporter);
        anonymised.check(text, confirmed, concern.typedSubject());
        anonymised.store(concernId, text, reporter, concern.typedSubject());
    }

    /** What in {@code text} may identify someone, to highlight on the reporter's page. */
    @Transactional(readOnly = true)
    public List<Finding> findings(UUID concernId, String text, CurrentUser reporter) {
        return anonymised.findings(text, own(concernId, reporter).typedSubject());
    }

    /** Whether the reporter's concern has a confirmed text for anonymised discussion. */
    @Transactional(readOnly = true)
    public boolean written(UUID concernId, CurrentUser reporter) {
        own(concernId, reporter);
        return anonymised.hasText(concernId);
    }

    private Concern own(UUID concernId, CurrentUser reporter) {
        return concerns.findById(concernId).filter(c -> c.reporterUsername().equals(reporter.username()))
                .orElseThrow(() -> new NotFoundException("concern"));
    }
}
