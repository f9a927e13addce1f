package no.samvirke.sharing.internal;

import no.samvirke.platform.CaseId;
import no.samvirke.sharing.consent.internal.ConsentScope;
import no.samvirke.sharing.conversion.internal.CaseConfidentialityEntity;
import no.samvirke.sharing.conversion.internal.CaseConfidentialityRepository;
import no.samvirke.sharing.conversion.internal.ConversionProposalEntity;
import no.samvirke.sharing.conversion.internal.ConversionProposalRepository;
import no.samvirke.sharing.disclosure.internal.ConfidentialityOverlay;
import no.samvirke.sharing.disclosure.internal.DisclosureFacts;
import no.samvirke.sharing.disclosure.internal.DisclosureRules;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.samvirke.identity.CurrentUser;
import no.samvirke.identity.Role;
import no.samvirke.identity.ServiceUnit;
import no.samvirke.intake.ConcernSummary;
import no.samvirke.intake.Concerns;
import no.samvirke.intake.personal.ConcernRecords;
import no.samvirke.audit.AuditAction;
import no.samvirke.sharing.CaseConfidentiality;
import no.samvirke.sharing.Conversion;
import no.samvirke.sharing.ConversionProposal;
import no.samvirke.platform.ConflictException;
import org.springframework.dao.DataIntegrityViolationException;
import no.samvirke.sharing.DisclosureLevel;
import no.samvirke.sharing.DiscussionMode;
import no.samvirke.anonymisation.IdentifyingKind;
import no.samvirke.anonymisation.IdentifyingTextDetector;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import no.samvirke.audit.AuditRecord;
import no.samvirke.audit.AuditAppender;

@Service
class DefaultCaseConfidentiality implements CaseConfidentiality {

    static final String MODE_BASIS = "Kjernegruppens drøftingsform (SLT-vurdering)";
    private final CaseConfidentialityRepository states;
    private final Concerns concerns;
    private final ConcernRecords records;
    private final DisclosureRules rules;
    private final ConfidentialityOverlay overlay;
    private final AuditAppender audit;
    private final ConsentScope consentScope;
    private final ConversionProposalRepository proposals;
    private final Clock clock;

    /** {@code records} is resolved on first use: only the identifying-text check reads the name. */
    DefaultCaseConfidentiality(CaseConfidentialityRepository states, Concerns concerns, @Lazy ConcernRecords records,
                           DisclosureRules rules, ConfidentialityOverlay overlay, AuditAppender audit,
                           ConsentScope consentScope, ConversionProposalRepository proposals, Clock clock) {
        this.states = states;
        this.concerns = concerns;
        this.records = records;
        this.rules = rules;
        this.overlay = overlay;
        this.audit = audit;
        this.consentScope = consentScope;
        this.proposals = proposals;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void setDiscussionMode(CaseId caseId, DiscussionMode mode, CurrentUser by) {
        CaseConfidentialityEntity state = states.findById(caseId.value())
                .orElseGet(() -> new CaseConfidentialityEntity(caseId.value(), null, clock.instant()));
        String before = "discussionMode=" + state.discussionMode();
        state.changeMode(mode, clock.instant());
        states.save(state);
        audit.append(new AuditRecord(by.username(), by.agency().name(), caseId.value(), AuditAction.CHANGE,
                "discussionMode", MODE_BASIS, "screening:discussionMode", before, "discussionMode=" + mode));
    }

    @Override
    @Transactional(readOnly = true)
    public boolean anonymised(CaseId caseId) {
        boolean registeredAnonymously = concerns.summary(caseId.value()).map(ConcernSummary::anonymous).orElse(true);
        return registeredAnonymously || discussedAnonymously(caseId.value());
    }

    @Override
    @Transactional(readOnly = true)
    public boolean convertible(CaseId caseId) {
        boolean registeredAnonymously = concerns.summary(caseId.value()).map(ConcernSummary::anonymous).orElse(true);
        return !registeredAnonymously && discussedAnonymously(caseId.value());
    }

    @Override
    @Transactional(readOnly = true)
    public boolean convertible(ConcernSummary summary) {
        return !summary.anonymous() && discussedAnonymously(summary.id());
    }

    @Override
    @Transactional
    public void proposeConversion(CaseId caseId, Conversion conversion, CurrentUser by) {
        if (!convertible(caseId)) {
            throw new IllegalStateException("Case is not discussed anonymously");
        }
        if (proposals.existsById(caseId.value())) {
            throw new ConflictException("sharing.conversion.alreadyProposed");
        }
        try {
            proposals.saveAndFlush(new ConversionProposalEntity(caseId.value(), conversion, by.username(), clock.instant()));
        } catch (DataIntegrityViolationException e) {
            throw new ConflictException("sharing.conversion.alreadyProposed");
        }
        audit.append(new AuditRecord(by.username(), by.agency().name(), caseId.value(), AuditAction.CHANGE,
                "conversionProposal", conversion.ground().reference(), "conversion:proposed",
                "discussionMode=ANONYMISED", "proposed;legalGround=" + conversion.ground()));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ConversionProposal> pendingConversion(CaseId caseId) {
        return proposals.findById(caseId.value()).map(ConversionProposalEntity::proposal);
    }

    @Override
    @Transactional
    public Conversion confirmConversion(CaseId caseId, CurrentUser by) {
        ConversionProposalEntity pending = proposals.findById(caseId.value())
                .orElseThrow(() -> new ConflictException("sharing.conversion.nothingProposed"));
        ConversionProposal proposal = pending.proposal();
        if (proposal.proposedBy().equals(by.username())) {
            throw new ConflictException("sharing.conversion.selfConfirm");
        }
        if (!convertible(caseId)) {
            throw new IllegalStateException("Case is not discussed anonymously");
        }
        Conversion conversion = proposal.conversion();
        CaseConfidentialityEntity state = states.findById(caseId.value()).orElseThrow();
        state.convert(conversion, by.username(), clock.instant());
        states.save(state);
        proposals.delete(pending);
        proposals.flush();
        String basis = conversion.ground().reference()
                + (conversion.consentReference() == null ? "" : " – samtykke: " + conversion.consentReference());
        audit.append(new AuditRecord(by.username(), by.agency().name(), caseId.value(), AuditAction.CHANGE,
                "subject=FULL;discussionMode", basis, "conversion:named", "discussionMode=ANONYMISED",
                "discussionMode=NAMED;legalGround=" + conversion.ground() + ";proposedBy=" + proposal.proposedBy()
                        + ";confirmedBy=" + by.username()));
        return conversion;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean policeMayKnowIdentity(CaseId caseId) {
        return concerns.summary(caseId.value()).map(summary -> {
            CurrentUser police = new CurrentUser("routing", "routing", ServiceUnit.POLICE_PREVENTION, null, null,
                    Set.of(Role.KJERNEGRUPPE), Set.of(summary.municipalityCode()));
            // no police district: never the source organisation of the case (not own task)
            DisclosureFacts facts = DisclosureFacts.of(DisclosureFacts.Item.SUBJECT, summary, police,
                    consentScope.covers(summary, police), false);
            return rules.decide(overlay.apply(facts, caseId.value())).level() == DisclosureLevel.FULL;
        }).orElse(false);
    }

    @Override
    @Transactional(readOnly = true)
    public Set<IdentifyingKind> identifyingIn(CaseId caseId, String text) {
        if (text == null || text.isBlank()) {
            return EnumSet.noneOf(IdentifyingKind.class);
        }
        IdentifyingTextDetector.Subject subject = records.find(caseId.value()).map(IdentifyingTextDetector.Subject::of)
                .orElse(IdentifyingTextDetector.Subject.NONE);
        Set<IdentifyingKind> kinds = EnumSet.noneOf(IdentifyingKind.class);
        IdentifyingTextDetector.INSTANCE.find(text, subject).forEach(f -> kinds.add(f.kind()));
        return kinds;
    }

    private boolean discussedAnonymously(UUID caseId) {
        return states.findById(caseId).map(CaseConfidentialityEntity::discussedAnonymously).orElse(false);
    }
}
