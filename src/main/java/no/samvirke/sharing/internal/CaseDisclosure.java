package no.samvirke.sharing.internal;

import no.samvirke.sharing.consent.internal.ConsentScope;
import no.samvirke.sharing.disclosure.internal.ConfidentialityOverlay;
import no.samvirke.sharing.disclosure.internal.DisclosureFacts;
import no.samvirke.sharing.disclosure.internal.DisclosureRules;
import no.samvirke.sharing.disclosure.internal.SourceOrganisation;
import no.samvirke.sharing.resourceperson.internal.ResourcePersonGrant;
import no.samvirke.sharing.resourceperson.internal.ResourcePersonGrantRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.samvirke.identity.CurrentUser;
import no.samvirke.identity.ServiceUnit;
import no.samvirke.identity.Users;
import no.samvirke.intake.ConcernSummary;
import no.samvirke.intake.personal.ConcernRecord;
import no.samvirke.intake.personal.ConcernRecords;
import no.samvirke.sharing.CaseGate;
import no.samvirke.sharing.Access;
import no.samvirke.sharing.CaseOpening;
import no.samvirke.sharing.DisclosureLevel;
import org.springframework.stereotype.Component;

/**
 * The two steps every read of a case's personal data takes, in one place: the gate (the case
 * municipality's kjernegruppe and SLT, or an accepted resource person in their period — decided
 * from the summary, before any personal data is read) and the decision per item from the DMN with
 * the case's conditions (recorded consent in scope, anonymised discussion and conversion ground),
 * capped for a resource person at what their grantor gets.
 */
@Component
class CaseDisclosure {

    static final String CAPPED = " (ressursperson: høyst det tildeleren selv får se)";
    private static final Access NOTHING = new Access(DisclosureLevel.NONE, "Ingen gyldig tildeling" + CAPPED);

    private final ConcernRecords records;
    private final DisclosureRules rules;
    private final ConsentScope consentScope;
    private final ConfidentialityOverlay confidentiality;
    private final SourceOrganisation organisations;
    private final ResourcePersonGrantRepository grants;
    private final Users users;
    private final Clock clock;
    private final RefusalAudit refusals;

    CaseDisclosure(ConcernRecords records, DisclosureRules rules, ConsentScope consentScope,
                   ConfidentialityOverlay confidentiality, SourceOrganisation organisations, ResourcePersonGrantRepository grants, Users users, Clock clock,
                   RefusalAudit refusals) {
        this.refusals = refusals;
        this.records = records;
        this.rules = rules;
        this.consentScope = consentScope;
        this.confidentiality = confidentiality;
        this.organisations = organisations;
        this.grants = grants;
        this.users = users;
        this.clock = clock;
    }

    /**
     * The case with its personal data, or empty when the gate's {@code opening} does not let the
     * viewer read it; a refusal is recorded (REFUSED, with {@code asked}: the purpose of the read).
     */
    Optional<ConcernRecord> gatedRecord(CaseOpening opening, CurrentUser viewer, String asked) {
        if (!opening.mayRead()) {
            refusals.record(opening.caseId().value(), viewer, asked);
            return Optional.empty();
        }
        return records.find(opening.caseId().value());
    }

    /** The case's facts for one item (from the reporter) and viewer, with consent and the confidentiality overlay. */
    DisclosureFacts facts(DisclosureFacts.Item item, ConcernSummary summary, CurrentUser viewer) {
        return facts(item, summary.reporterService(), summary, viewer);
    }

    /** The same for an item whose source is {@code source} (a text's author's service, say). */
    DisclosureFacts facts(DisclosureFacts.Item item, ServiceUnit source, ConcernSummary summary, CurrentUser viewer) {
        boolean consent = consentScope.covers(summary, viewer);
        DisclosureFacts f = DisclosureFacts.of(item, summary, viewer, consent,
                organisations.ownTask(source, summary, viewer));
        return confidentiality.apply(new DisclosureFacts(f.item(), source, f.recipientAgency(), f.recipientService(),
                f.consentInScope(), f.anonymised(), f.ownTask(), f.grounds()), summary.id());
    }

    Access decide(DisclosureFacts.Item item, ConcernSummary summary, CurrentUser viewer) {
        return decide(item, summary.reporterService(), summary, viewer);
    }

    /**
     * The decision table's level for the viewer. A resource person (who is not in the case's
     * kjernegruppe or SLT) gets at most what the member who granted the access gets for the same
     * item, decided now: a grant never gives more than the grantor has.
     */
    Access decide(DisclosureFacts.Item item, ServiceUnit source, ConcernSummary summary, CurrentUser viewer) {
        Access own = rules.decide(facts(item, source, summary, viewer));
        if (CaseGate.maySee(viewer, summary)) {
            return own;
        }
        Access grantors = grantorsOf(summary.id(), viewer).stream()
                .filter(grantor -> CaseGate.maySee(grantor, summary))
                .map(grantor -> rules.decide(facts(item, source, summary, grantor)))
                .min(Comparator.comparing(Access::level)).orElse(NOTHING);
        return own.level().compareTo(grantors.level()) >= 0 ? own
                : new Access(grantors.level(), grantors.legalBasis() + CAPPED);
    }

    private List<CurrentUser> grantorsOf(UUID caseId, CurrentUser resourcePerson) {
        Instant now = clock.instant();
        return grants.findByCaseIdAndUsername(caseId, resourcePerson.username()).stream()
                .filter(g -> g.inForce(now) && g.accepted()).map(ResourcePersonGrant::grantedBy).distinct()
                .map(users::find).flatMap(Optional::stream).toList();
    }
}
