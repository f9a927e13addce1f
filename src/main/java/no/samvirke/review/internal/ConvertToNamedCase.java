package no.samvirke.review.internal;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import no.samvirke.identity.CurrentUser;
import no.samvirke.intake.Concerns;
import no.samvirke.platform.ConflictException;
import no.samvirke.platform.NotFoundException;
import no.samvirke.sharing.CaseConfidentiality;
import no.samvirke.sharing.Conversion;
import no.samvirke.sharing.LegalGround;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A kjernegruppe member turns an anonymised discussion into a named case by recording the legal
 * basis (consent with its reference, or a statutory ground) and a written justification. The
 * conversion is audited by sharing and shown on the case timeline.
 */
@Service
public class ConvertToNamedCase {

    public static final String TIMELINE_KEY = "conversion";
    static final int MAX_CONSENT_REFERENCE = 200;

    /** What the form or the API sent, unchecked. */
    public record Command(UUID caseId, Map<String, Object> input, CurrentUser user) {
    }

    private final Concerns concerns;
    private final CaseConfidentiality confidentiality;
    private final TimelineRecorder recorder;
    private final Clock clock;

    ConvertToNamedCase(Concerns concerns, CaseConfidentiality confidentiality, TimelineRecorder recorder,
                       Clock clock) {
        this.concerns = concerns;
        this.confidentiality = confidentiality;
        this.recorder = recorder;
        this.clock = clock;
    }

    /** The case may be converted by this user; otherwise 404 (not a member) or 409 (not anonymised). */
    public void checkAllowed(UUID caseId, CurrentUser user) {
        boolean member = concerns.summary(caseId)
                .filter(s -> CaseTimeline.isKjernegruppeMember(user, s.municipalityCode())).isPresent();
        if (!member) {
            throw new NotFoundException("case");
        }
        if (!confidentiality.convertible(caseId)) {
            throw new ConflictException("review.convert.notConvertible");
        }
    }

    @Transactional
    public void handle(Command command) {
        checkAllowed(command.caseId(), command.user());
        Conversion conversion = read(new FormInput(command.input(), clock));
        confidentiality.convertToNamed(command.caseId(), conversion, command.user());
        Recorded recorded = Recorded.of(conversion.ground().name(), conversion.justification());
        recorder.record(new ReviewEntry(command.caseId(), TIMELINE_KEY, "-", command.user(), clock.instant(), recorded),
                command.user(), conversion.ground().reference());
    }

    private static Conversion read(FormInput input) {
        LegalGround ground = input.choice("legalBasis", LegalGround.class);
        String reference = input.text("consentReference", MAX_CONSENT_REFERENCE, ground == LegalGround.CONSENT);
        String justification = input.text("justification", FormInput.MAX_TEXT, true);
        input.throwIfInvalid();
        return new Conversion(ground, ground == LegalGround.CONSENT ? reference : null, justification);
    }
}
