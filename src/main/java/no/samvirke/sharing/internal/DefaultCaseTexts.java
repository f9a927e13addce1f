package no.samvirke.sharing.internal;

import no.samvirke.platform.CaseId;
import no.samvirke.sharing.disclosure.internal.DisclosureFacts;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import no.samvirke.identity.CurrentUser;
import no.samvirke.intake.ConcernSummary;
import no.samvirke.intake.personal.ConcernRecord;
import no.samvirke.sharing.Access;
import no.samvirke.sharing.CaseGate;
import no.samvirke.sharing.CaseOpening;
import no.samvirke.sharing.CaseTexts;
import no.samvirke.sharing.DisclosedText;
import no.samvirke.sharing.DisclosureLevel;
import no.samvirke.sharing.SourcedText;
import org.springframework.stereotype.Service;
import no.samvirke.audit.AuditRecord;
import no.samvirke.audit.AuditAppender;

/**
 * The gate ({@link CaseGate}, as for {@link DefaultCaseViews}), then one DMN decision per text with the text's author's
 * service as source and the case's conditions (consent scope, anonymised discussion, conversion
 * ground, danger to life). The subject's own level decides whether a FULL text is still scrubbed.
 * One READ audit entry per call; the texts themselves are never logged or audited.
 */
@Service
class DefaultCaseTexts implements CaseTexts {

    private final CaseDisclosure disclosure;
    private final AuditAppender audit;
    private final CaseGate gate;

    DefaultCaseTexts(CaseDisclosure disclosure, AuditAppender audit, CaseGate gate) {
        this.disclosure = disclosure;
        this.audit = audit;
        this.gate = gate;
    }

    @Override
    public Optional<List<DisclosedText>> disclose(CaseId caseId, CurrentUser viewer, List<SourcedText> texts,
                                                  String purpose) {
        return disclose(gate.open(caseId, viewer), viewer, texts, purpose);
    }

    @Override
    public Optional<List<DisclosedText>> disclose(CaseOpening opening, CurrentUser viewer, List<SourcedText> texts,
                                                  String purpose) {
        return disclosure.gatedRecord(opening, viewer, purpose).map(record -> disclose(record, viewer, texts, purpose));
    }

    private List<DisclosedText> disclose(ConcernRecord record, CurrentUser viewer, List<SourcedText> texts,
                                         String purpose) {
        ConcernSummary summary = record.summary();
        boolean identified = disclosure.decide(DisclosureFacts.Item.SUBJECT, summary, viewer).level()
                == DisclosureLevel.FULL;
        List<DisclosedText> disclosed = texts.stream().map(text -> {
            // the text's author's service as source (own task when the viewer is in that organisation)
            Access access = disclosure.decide(DisclosureFacts.Item.DESCRIPTION, text.sourceService(), summary, viewer);
            return new DisclosedText(text.id(), parts(text, access, identified, record), access);
        }).toList();
        for (List<DisclosedText> chunk : TextAuditItems.chunks(disclosed)) {
            audit.append(AuditRecord.read(viewer.username(), viewer.agency().name(), summary.id(),
                    TextAuditItems.items(chunk), TextAuditItems.legalBasis(chunk), purpose));
        }
        return disclosed;
    }

    private static List<String> parts(SourcedText text, Access access, boolean identified, ConcernRecord record) {
        return Arrays.asList(text.parts().stream().map(part -> switch (access.level()) {
            case FULL -> identified ? part : Redaction.scrub(part, record);
            case ANONYMISED -> Redaction.scrub(part, record);
            case NONE -> null;
        }).toArray(String[]::new));
    }
}
