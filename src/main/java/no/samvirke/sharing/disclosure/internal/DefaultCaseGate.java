package no.samvirke.sharing.disclosure.internal;

import java.util.Optional;
import java.util.UUID;
import no.samvirke.identity.CurrentUser;
import no.samvirke.intake.ConcernSummary;
import no.samvirke.intake.Concerns;
import no.samvirke.platform.CaseId;
import no.samvirke.sharing.CaseGate;
import no.samvirke.sharing.CaseOpening;
import no.samvirke.sharing.CaseResourcePersons;
import no.samvirke.sharing.ResourceAccess;
import org.springframework.stereotype.Service;

/** The case gate: kjernegruppe and SLT from the summary, a resource person from their grants. */
@Service
class DefaultCaseGate implements CaseGate {

    private final Concerns concerns;
    private final CaseResourcePersons resourcePersons;

    DefaultCaseGate(Concerns concerns, CaseResourcePersons resourcePersons) {
        this.concerns = concerns;
        this.resourcePersons = resourcePersons;
    }

    @Override
    public CaseOpening open(CaseId caseId, CurrentUser viewer) {
        return open(caseId.value(), concerns.summary(caseId.value()), viewer);
    }

    @Override
    public CaseOpening open(ConcernSummary summary, CurrentUser viewer) {
        return open(summary.id(), Optional.of(summary), viewer);
    }

    private CaseOpening open(UUID caseId, Optional<ConcernSummary> summary, CurrentUser viewer) {
        boolean member = summary.filter(s -> viewer.isKjernegruppeMemberOf(s.municipalityCode())).isPresent();
        boolean slt = summary.filter(s -> CaseGate.maySee(viewer, s)).isPresent() && !member;
        boolean resourcePerson = !member
                && resourcePersons.accessNow(CaseId.of(caseId), viewer).filter(ResourceAccess.ACTIVE::equals).isPresent();
        return new CaseOpening(CaseId.of(caseId), summary.orElse(null), member, slt, resourcePerson);
    }

    @Override
    public boolean isMember(CaseId caseId, CurrentUser viewer) {
        return concerns.summary(caseId.value()).filter(s -> viewer.isKjernegruppeMemberOf(s.municipalityCode())).isPresent();
    }
}
