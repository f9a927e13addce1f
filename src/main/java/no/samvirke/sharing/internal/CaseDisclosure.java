package no.samvirke.sharing.internal;

import java.util.Optional;
import java.util.UUID;
import no.samvirke.identity.CurrentUser;
import no.samvirke.intake.ConcernSummary;
import no.samvirke.intake.Concerns;
import no.samvirke.intake.personal.ConcernRecord;
import no.samvirke.intake.personal.ConcernRecords;
import no.samvirke.sharing.Access;
import no.samvirke.sharing.CaseResourcePersons;
import no.samvirke.sharing.ResourceAccess;
import org.springframework.stereotype.Component;

/**
 * The two steps every read of a case's personal data takes, in one place: the gate (the case
 * municipality's kjernegruppe and SLT, or an accepted resource person in their period — decided
 * from the summary, before any personal data is read) and the decision per item from the DMN with
 * the case's conditions (recorded consent in scope, anonymised discussion and conversion ground).
 */
@Component
class CaseDisclosure {

    private final Concerns concerns;
    private final ConcernRecords records;
    private final DisclosureRules rules;
    private final ConsentScope consentScope;
    private final ConfidentialityOverlay confidentiality;
    private final CaseResourcePersons resourcePersons;
    private final RefusalAudit refusals;

    CaseDisclosure(Concerns concerns, ConcernRecords records, DisclosureRules rules, ConsentScope consentScope,
                   ConfidentialityOverlay confidentiality, CaseResourcePersons resourcePersons,
                   RefusalAudit refusals) {
        this.refusals = refusals;
        this.concerns = concerns;
        this.records = records;
        this.rules = rules;
        this.consentScope = consentScope;
        this.confidentiality = confidentiality;
        this.resourcePersons = resourcePersons;
    }

    /**
     * The case with its personal data, or empty when the viewer may not know it exists; a refusal is
     * recorded (REFUSED, with {@code asked}: the purpose of the read).
     */
    Optional<ConcernRecord> gatedRecord(UUID caseId, CurrentUser viewer, String asked) {
        boolean allowed = concerns.summary(caseId).filter(s -> CaseAccessGate.maySee(viewer, s)).isPresent()
                || resourcePersons.accessNow(caseId, viewer).filter(ResourceAccess.ACTIVE::equals).isPresent();
        if (!allowed) {
            refusals.record(caseId, viewer, asked);
        }
        return allowed ? records.find(caseId) : Optional.empty();
    }

    /** The case's facts for one item and viewer, with consent and the confidentiality overlay applied. */
    DisclosureFacts facts(DisclosureFacts.Item item, ConcernSummary summary, CurrentUser viewer) {
        boolean consent = consentScope.covers(summary, viewer);
        return confidentiality.apply(DisclosureFacts.of(item, summary, viewer, consent), summary.id());
    }

    Access decide(DisclosureFacts.Item item, ConcernSummary summary, CurrentUser viewer) {
        return rules.decide(facts(item, summary, viewer));
    }

    Access decide(DisclosureFacts facts) {
        return rules.decide(facts);
    }
}
