package no.samvirke.sharing.internal;

import no.samvirke.sharing.consent.internal.ConsentScope;
import no.samvirke.sharing.disclosure.internal.CaseParticipants;
import no.samvirke.sharing.disclosure.internal.ConfidentialityOverlay;
import no.samvirke.sharing.disclosure.internal.DisclosureFacts;
import no.samvirke.sharing.disclosure.internal.DisclosureRules;
import no.samvirke.sharing.disclosure.internal.SourceOrganisation;
import no.samvirke.sharing.information.internal.InformationEntry;
import no.samvirke.sharing.information.internal.InformationEntryRepository;
import no.samvirke.sharing.information.internal.InformationText;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.samvirke.identity.CurrentUser;
import no.samvirke.intake.ConcernSummary;
import no.samvirke.intake.Concerns;
import no.samvirke.intake.personal.ConcernRecords;
import no.samvirke.sharing.Access;
import no.samvirke.sharing.DisclosureLevel;
import no.samvirke.sharing.InformationItem;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import no.samvirke.audit.AuditRecord;
import no.samvirke.audit.AuditAppender;

/**
 * Gate (participant), compartment (grading), then one DMN decision per item; items at NONE are
 * dropped without trace. Text is scrubbed of the subject's identity unless both the item and
 * the subject are FULL for this viewer. One audit entry lists the disclosed items and levels.
 */
@Component
class ListInformation {

    private static final int ITEMS_PER_AUDIT_ENTRY = 60;
    private static final int LEGAL_BASIS_MAX = 1000;

    private final Concerns concerns;
    private final ConcernRecords records;
    private final CaseParticipants participants;
    private final InformationEntryRepository entries;
    private final DisclosureRules rules;
    private final AuditAppender audit;
    private final ConsentScope consentScope;
    private final ConfidentialityOverlay confidentiality;
    private final SourceOrganisation organisations;
    private final RefusalAudit refusals;

    /** Records are read only to scrub text; {@code @Lazy} keeps tests that replace intake's bean working. */
    ListInformation(Concerns concerns, @Lazy ConcernRecords records, CaseParticipants participants,
                    InformationEntryRepository entries, DisclosureRules rules, AuditAppender audit,
                    ConsentScope consentScope, ConfidentialityOverlay confidentiality, SourceOrganisation organisations,
                    RefusalAudit refusals) {
        this.organisations = organisations;
        this.refusals = refusals;
        this.concerns = concerns;
        this.records = records;
        this.participants = participants;
        this.entries = entries;
        this.rules = rules;
        this.audit = audit;
        this.consentScope = consentScope;
        this.confidentiality = confidentiality;
    }

    @Transactional(readOnly = true)
    public Optional<List<InformationItem>> handle(UUID caseId, CurrentUser viewer, String purpose) {
        Optional<List<InformationItem>> items = concerns.summary(caseId)
                .filter(s -> participants.participates(viewer, s)).map(summary -> disclose(summary, viewer, purpose));
        if (items.isEmpty()) {
            refusals.record(caseId, viewer, purpose);
        }
        return items;
    }

    private List<InformationItem> disclose(ConcernSummary summary, CurrentUser viewer, String purpose) {
        boolean consent = consentScope.covers(summary, viewer);
        boolean subjectFull = rules.decide(confidentiality.apply(
                DisclosureFacts.of(DisclosureFacts.Item.SUBJECT, summary, viewer, consent,
                        organisations.ownTask(summary.reporterService(), summary, viewer)), summary.id()))
                .level() == DisclosureLevel.FULL;
        InformationText texts = new InformationText(records, summary.id(), subjectFull);
        List<InformationItem> items = new ArrayList<>();
        for (InformationEntry e : entries.findByCaseIdOrderByCreatedAtAscIdAsc(summary.id())) {
            if (CaseParticipants.mayEnter(viewer, summary, e.grading(), e.sourceAgency())) {
                Access access = rules.decide(confidentiality.apply(facts(e, summary, viewer, consent), summary.id()),
                        e.grading());
                if (access.level() != DisclosureLevel.NONE) {
                    items.add(new InformationItem(e.getId(), e.kind(), texts.of(e.text(), access), e.sourceAgency(),
                            e.sourceService(), e.authorUsername(), e.grading(), e.createdAt(), access));
                }
            }
        }
        record(summary.id(), viewer, purpose, items);
        return List.copyOf(items);
    }

    private DisclosureFacts facts(InformationEntry e, ConcernSummary c, CurrentUser viewer, boolean consent) {
        return new DisclosureFacts(DisclosureFacts.Item.INFORMATION, e.sourceService(), viewer.agency().name(),
                viewer.service().name(), consent, c.anonymous(), organisations.ownTask(e.sourceService(), c, viewer),
                DisclosureFacts.registered(c));
    }

    private void record(UUID caseId, CurrentUser viewer, String purpose, List<InformationItem> items) {
        if (items.isEmpty()) {
            audit.append(AuditRecord.read(viewer.username(), viewer.agency().name(), caseId, "information=none",
                    "-", purpose));
        }
        for (int from = 0; from < items.size(); from += ITEMS_PER_AUDIT_ENTRY) {
            List<InformationItem> chunk = items.subList(from, Math.min(items.size(), from + ITEMS_PER_AUDIT_ENTRY));
            audit.append(AuditRecord.read(viewer.username(), viewer.agency().name(), caseId, itemList(chunk),
                    legalBasis(chunk), purpose));
        }
    }

    private static String itemList(List<InformationItem> items) {
        StringBuilder s = new StringBuilder();
        items.forEach(i -> s.append(s.isEmpty() ? "" : ";").append("information:").append(i.id())
                .append('=').append(i.access().level()));
        return s.toString();
    }

    private static String legalBasis(List<InformationItem> items) {
        LinkedHashSet<String> bases = new LinkedHashSet<>();
        items.forEach(i -> bases.add(i.access().legalBasis()));
        String joined = String.join("; ", bases);
        return joined.length() <= LEGAL_BASIS_MAX ? joined : joined.substring(0, LEGAL_BASIS_MAX);
    }
}
