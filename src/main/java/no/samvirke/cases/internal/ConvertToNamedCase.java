package no.samvirke.cases.internal;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.samvirke.identity.CurrentUser;
import no.samvirke.inbox.TaskFormInput;
import no.samvirke.intake.Concerns;
import no.samvirke.platform.CaseId;
import no.samvirke.platform.ConflictException;
import no.samvirke.platform.NotFoundException;
import no.samvirke.review.CaseTimeline;
import no.samvirke.sharing.CaseConfidentiality;
import no.samvirke.sharing.CaseGate;
import no.samvirke.sharing.Conversion;
import no.samvirke.sharing.ConversionProposal;
import no.samvirke.sharing.LegalGround;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turning an anonymised discussion into a named case takes two people (four eyes): a kjernegruppe
 * member of the case municipality (the SLT coordinator included) proposes it with the legal basis
 * (consent with its reference, or a statutory ground from {@link LegalGround}) and a written
 * justification ({@link #handle}); a different member confirms it ({@link #confirm}), and only
 * then does the case become named on that ground. The proposer cannot confirm (409). Both steps
 * are audited by sharing; the confirmed conversion is shown on the case timeline.
 */
@Service
public class ConvertToNamedCase {

    static final int MAX_CONSENT_REFERENCE = 200;

    /** What the form or the API sent, unchecked. */
    public record Command(UUID caseId, Map<String, Object> input, CurrentUser user) {
    }

    private final CaseGate gate;
    private final CaseConfidentiality confidentiality;
    private final CaseTimeline timeline;
    private final Clock clock;

    ConvertToNamedCase(CaseGate gate, CaseConfidentiality confidentiality, CaseTimeline timeline, Clock clock) {
        this.gate = gate;
        this.confidentiality = confidentiality;
        this.timeline = timeline;
        this.clock = clock;
    }

    /** The case may be converted by this user; otherwise 404 (not a member) or 409 (not anonymised). */
    public void checkAllowed(UUID caseId, CurrentUser user) {
        if (!gate.isMember(CaseId.of(caseId), user)) {
            throw new NotFoundException("case");
        }
        if (!confidentiality.convertible(CaseId.of(caseId))) {
            throw new ConflictException("review.convert.notConvertible");
        }
    }

    /** First step: records the proposal; the case stays anonymised. 409 when one is already waiting. */
    @Transactional
    public void handle(Command command) {
        checkAllowed(command.caseId(), command.user());
        Conversion conversion = read(new TaskFormInput(command.input(), clock, "review.error"));
        confidentiality.proposeConversion(CaseId.of(command.caseId()), conversion, command.user());
    }

    /** The proposal waiting for a second member, if any. */
    public Optional<ConversionProposal> pending(UUID caseId) {
        return confidentiality.pendingConversion(CaseId.of(caseId));
    }

    /** Second step, by another member: the case becomes named on the proposed ground. */
    @Transactional
    public void confirm(UUID caseId, CurrentUser user) {
        checkAllowed(caseId, user);
        timeline.recordConversion(CaseId.of(caseId), confidentiality.confirmConversion(CaseId.of(caseId), user), user);
    }

    private static Conversion read(TaskFormInput input) {
        LegalGround ground = input.choice("legalBasis", LegalGround.class);
        String reference = input.text("consentReference", MAX_CONSENT_REFERENCE, ground == LegalGround.CONSENT);
        String justification = input.text("justification", TaskFormInput.MAX_TEXT, true);
        input.throwIfInvalid();
        return new Conversion(ground, ground == LegalGround.CONSENT ? reference : null, justification);
    }
}
