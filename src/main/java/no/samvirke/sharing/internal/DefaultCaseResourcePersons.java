package no.samvirke.sharing.internal;

import no.samvirke.platform.CaseId;
import no.samvirke.sharing.disclosure.internal.SourceOrganisation;
import no.samvirke.sharing.resourceperson.internal.ResourcePersonGrant;
import no.samvirke.sharing.resourceperson.internal.ResourcePersonGrantRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.samvirke.identity.Directory;
import no.samvirke.identity.MembershipKind;
import no.samvirke.platform.WorkingDays;
import java.util.Optional;
import java.util.UUID;
import no.samvirke.identity.CurrentUser;
import no.samvirke.identity.Users;
import no.samvirke.intake.Concerns;
import no.samvirke.audit.AuditAction;
import no.samvirke.sharing.CaseResourcePersons;
import no.samvirke.sharing.ResourceAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import no.samvirke.audit.AuditRecord;
import no.samvirke.audit.AuditAppender;

/** Grants, declarations and expiry of resource persons' access; each change is audited. */
@Service
class DefaultCaseResourcePersons implements CaseResourcePersons {

    static final String BASIS = "Ad hoc-ressursperson: tidsbegrenset tilgang etter taushetserklæring";
    private final ResourcePersonGrantRepository grants;
    private final AuditAppender audit;
    private final Clock clock;
    private final Concerns concerns;
    private final Users users;
    private final SourceOrganisation organisations;
    private final Directory directory;

    DefaultCaseResourcePersons(ResourcePersonGrantRepository grants, AuditAppender audit, Clock clock, Concerns concerns,
                           Users users, SourceOrganisation organisations, Directory directory) {
        this.grants = grants;
        this.audit = audit;
        this.clock = clock;
        this.concerns = concerns;
        this.users = users;
        this.organisations = organisations;
        this.directory = directory;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean eligible(CaseId caseId, String username) {
        Optional<CurrentUser> user = users.find(username);
        return user.isPresent() && concerns.summary(caseId.value())
                .filter(c -> organisations.sameAgencyUnit(c, user.get()))
                .filter(c -> resourcePersonOf(username, c.municipalityCode())).isPresent();
    }

    /** Only a person with a RESOURCE_PERSON membership of the case's municipality in force today (ADR 0029). */
    private boolean resourcePersonOf(String username, String municipalityCode) {
        LocalDate today = LocalDate.now(clock.withZone(WorkingDays.OSLO));
        return directory.memberships(username).stream().anyMatch(m -> m.kind() == MembershipKind.RESOURCE_PERSON
                && municipalityCode.equals(m.scopeCode()) && m.activeOn(today));
    }

    @Override
    @Transactional
    public void grant(CaseId caseId, String username, Instant from, Instant to, CurrentUser by) {
        // One extra hour: a period of whole days in Norwegian time may span a daylight-saving change.
        if (!to.isAfter(from) || Duration.between(from, to).compareTo(MAX_PERIOD.plusHours(1)) > 0) {
            throw new IllegalArgumentException("Resource access period must be positive and at most 30 days");
        }
        if (!eligible(caseId, username)) {
            throw new IllegalArgumentException("A resource person comes from the case's municipality, its police"
                    + " district or PST");
        }
        ResourcePersonGrant grant = grants.save(new ResourcePersonGrant(caseId.value(), username, from, to, by.username(),
                clock.instant()));
        change(by.username(), by.agency().name(), caseId.value(), "resource:grant", null, grant.period());
    }

    @Override
    @Transactional
    public Optional<ResourceAccess> accessNow(CaseId caseId, CurrentUser user) {
        Instant now = clock.instant();
        List<ResourcePersonGrant> mine = grants.findByCaseIdAndUsername(caseId.value(), user.username());
        mine.stream().filter(g -> g.expiredUnrecorded(now)).forEach(g -> {
            g.recordExpiry(now);
            grants.save(g);
            change(user.username(), user.agency().name(), caseId.value(), "resource:expired", g.period(), null);
        });
        return mine.stream().filter(g -> g.inForce(now))
                .map(g -> g.accepted() ? ResourceAccess.ACTIVE : ResourceAccess.AWAITING_DECLARATION)
                .max(Enum::compareTo);
    }

    @Override
    @Transactional
    public void acceptDeclaration(CaseId caseId, CurrentUser user, String declarationKey) {
        Instant now = clock.instant();
        ResourcePersonGrant grant = grants.findByCaseIdAndUsername(caseId.value(), user.username()).stream()
                .filter(g -> g.inForce(now) && !g.accepted()).findFirst()
                .orElseThrow(() -> new IllegalStateException("No grant awaiting a declaration"));
        grant.accept(declarationKey, now);
        change(user.username(), user.agency().name(), caseId.value(), "resource:declaration", grant.period(),
                grant.period() + ";declaration=" + declarationKey);
    }

    private void change(String username, String agency, UUID caseId, String purpose, String before, String after) {
        audit.append(new AuditRecord(username, agency, caseId, AuditAction.CHANGE, "resourceAccess", BASIS,
                purpose, before, after));
    }
}
