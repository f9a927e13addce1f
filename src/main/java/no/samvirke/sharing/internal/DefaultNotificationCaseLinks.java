package no.samvirke.sharing.internal;

import no.samvirke.platform.CaseId;
import no.samvirke.sharing.disclosure.internal.DisclosureFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.samvirke.identity.CurrentUser;
import no.samvirke.intake.Concerns;
import no.samvirke.intake.NotificationCases;
import no.samvirke.intake.personal.PersonCases;
import no.samvirke.sharing.CaseGate;
import no.samvirke.sharing.Access;
import no.samvirke.sharing.DisclosureLevel;
import no.samvirke.sharing.NotificationCaseLinks;
import org.springframework.stereotype.Service;
import no.samvirke.audit.AuditRecord;
import no.samvirke.audit.AuditAppender;

/**
 * {@link NotificationCaseLinks}: the gate (the case municipality's kjernegruppe and SLT), then the
 * case's own decision for its subject (source, consent, anonymised discussion) from the table,
 * then the audit entry. A viewer who does not pass the gate gets NONE without any entry under a
 * case they may not know exists.
 */
@Service
class DefaultNotificationCaseLinks implements NotificationCaseLinks {

    static final String MATCH_ITEM = "notificationMatch";
    static final String LINK_ITEM = "notificationLink";
    static final String NO_ACCESS = "Ingen tilgang til saken: ikke kjernegruppe eller SLT i sakens kommune";

    private final PersonCases personCases;
    private final Concerns concerns;
    private final CaseDisclosure disclosure;
    private final AuditAppender audit;

    DefaultNotificationCaseLinks(PersonCases personCases, Concerns concerns, CaseDisclosure disclosure,
                                 AuditAppender audit) {
        this.personCases = personCases;
        this.concerns = concerns;
        this.disclosure = disclosure;
        this.audit = audit;
    }

    @Override
    public List<UUID> linkableCases(UUID notificationId, String municipalityCode, NotificationCases.Person person,
                                    CurrentUser receiver) {
        List<UUID> linkable = new ArrayList<>();
        for (UUID caseId : personCases.casesOf(municipalityCode, person)) {
            Access access = decide(caseId, receiver);
            audit.append(AuditRecord.read(receiver.username(), receiver.agency().name(), caseId,
                    MATCH_ITEM + "=" + access.level(), access.legalBasis(), "notification:match:" + notificationId));
            if (access.level() == DisclosureLevel.FULL) {
                linkable.add(caseId);
            }
        }
        return linkable;
    }

    @Override
    public boolean mayShowLink(UUID notificationId, CaseId caseId, CurrentUser viewer, String purpose) {
        Access access = decide(caseId.value(), viewer);
        if (access.level() != DisclosureLevel.FULL) {
            return false;
        }
        audit.append(AuditRecord.read(viewer.username(), viewer.agency().name(), caseId.value(),
                LINK_ITEM + "=FULL;notification=" + notificationId, access.legalBasis(), purpose));
        return true;
    }

    private Access decide(UUID caseId, CurrentUser viewer) {
        return concerns.summary(caseId).filter(s -> CaseGate.maySee(viewer, s))
                .map(s -> disclosure.decide(DisclosureFacts.Item.SUBJECT, s, viewer))
                .orElse(new Access(DisclosureLevel.NONE, NO_ACCESS));
    }
}
