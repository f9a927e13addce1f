package no.samvirke.sharing.internal;

import no.samvirke.platform.CaseId;
import no.samvirke.sharing.consent.internal.ConsentScope;
import no.samvirke.sharing.disclosure.internal.CaseLegalGroundEntity;
import no.samvirke.sharing.disclosure.internal.CaseLegalGroundRepository;
import no.samvirke.sharing.disclosure.internal.GroundAuthority;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import no.samvirke.identity.CurrentUser;
import no.samvirke.identity.Role;
import no.samvirke.identity.ServiceUnit;
import no.samvirke.intake.ConcernSummary;
import no.samvirke.intake.Concerns;
import no.samvirke.platform.InvalidInputException;
import no.samvirke.audit.AuditAction;
import no.samvirke.sharing.CaseLegalGrounds;
import no.samvirke.sharing.LegalGround;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import no.samvirke.audit.AuditRecord;
import no.samvirke.audit.AuditAppender;

@Service
class DefaultCaseLegalGrounds implements CaseLegalGrounds {

    static final String FORWARD_SERIOUS = "FORWARD_SERIOUS";
    static final int MAX_JUSTIFICATION = 1000;

    private final CaseLegalGroundRepository grounds;
    private final Concerns concerns;
    private final ConsentScope consentScope;
    private final AuditAppender audit;
    private final Clock clock;

    DefaultCaseLegalGrounds(CaseLegalGroundRepository grounds, Concerns concerns, ConsentScope consentScope,
                        AuditAppender audit, Clock clock) {
        this.grounds = grounds;
        this.concerns = concerns;
        this.consentScope = consentScope;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean mayRecord(CaseId caseId, CurrentUser user) {
        return concerns.summary(caseId.value()).filter(s -> GroundAuthority.mayRecord(user, s)).isPresent();
    }

    @Override
    @Transactional
    public void recordForForwarding(CaseId caseId, LegalGround ground, String justification, CurrentUser by) {
        ConcernSummary summary = concerns.summary(caseId.value()).filter(s -> GroundAuthority.mayRecord(by, s))
                .orElseThrow(() -> new AccessDeniedException("sharing.ground.forbidden"));
        if (justification == null || justification.isBlank() || justification.length() > MAX_JUSTIFICATION) {
            throw InvalidInputException.of("groundJustification", "review.error.required");
        }
        if (ground == LegalGround.CONSENT && !consentScope.covers(summary, policeOf(summary))) {
            throw InvalidInputException.of("legalGround", "sharing.ground.noConsent");
        }
        Set<LegalGround> before = of(caseId.value());
        grounds.save(new CaseLegalGroundEntity(caseId.value(), ground, FORWARD_SERIOUS, justification.strip(), by.username(),
                clock.instant()));
        Set<LegalGround> after = EnumSet.of(ground);
        after.addAll(before);
        audit.append(new AuditRecord(by.username(), by.agency().name(), caseId.value(), AuditAction.CHANGE, "legalGround",
                ground.reference(), "decision:" + FORWARD_SERIOUS, "legalGrounds=" + before,
                "legalGrounds=" + after));
    }

    /** The grounds in force for the disclosure decision. */
    Set<LegalGround> of(UUID caseId) {
        Set<LegalGround> all = EnumSet.noneOf(LegalGround.class);
        grounds.findByCaseIdOrderByDecidedAtAsc(caseId).forEach(g -> all.add(g.legalGround()));
        return all;
    }

    /** A police kjernegruppe member of the case municipality: who a forwarding would reach. */
    private static CurrentUser policeOf(ConcernSummary summary) {
        return new CurrentUser("routing", "routing", ServiceUnit.POLICE_PREVENTION, null, null,
                Set.of(Role.KJERNEGRUPPE), Set.of(summary.municipalityCode()));
    }
}
