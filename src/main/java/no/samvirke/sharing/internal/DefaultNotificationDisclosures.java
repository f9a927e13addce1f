package no.samvirke.sharing.internal;

import no.samvirke.sharing.disclosure.internal.DisclosureFacts;
import no.samvirke.sharing.disclosure.internal.DisclosureRules;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import no.samvirke.identity.Agency;
import no.samvirke.identity.CurrentUser;
import no.samvirke.sharing.Access;
import no.samvirke.sharing.DisclosureLevel;
import no.samvirke.sharing.Grading;
import no.samvirke.sharing.NotificationDisclosures;
import org.springframework.stereotype.Service;
import no.samvirke.audit.AuditRecord;
import no.samvirke.audit.AuditAppender;

/** {@link NotificationDisclosures} on the disclosure table, with the read appended to the audit trail. */
@Service
class DefaultNotificationDisclosures implements NotificationDisclosures {

    static final String ITEM = "notificationPerson";

    private final DisclosureRules rules;
    private final AuditAppender audit;

    DefaultNotificationDisclosures(DisclosureRules rules, AuditAppender audit) {
        this.rules = rules;
        this.audit = audit;
    }

    @Override
    public Access read(Facts facts, CurrentUser viewer, String purpose) {
        boolean ownTask = viewer.agency() == facts.sourceService().agency();
        Access access = rules.decide(variables(facts, viewer.agency(), viewer.service().name(), ownTask));
        if (access.level() != DisclosureLevel.NONE) {
            audit.append(AuditRecord.read(viewer.username(), viewer.agency().name(), facts.notificationId(),
                    ITEM + "=" + access.level(), access.legalBasis(), purpose));
        }
        return access;
    }

    @Override
    public Access forHandoff(Facts facts, Agency recipientAgency) {
        return rules.decide(variables(facts, recipientAgency, null, false));
    }

    private static Map<String, Object> variables(Facts facts, Agency agency, String service, boolean ownTask) {
        Map<String, Object> v = new HashMap<>();
        v.put("item", ITEM);
        v.put("sourceService", facts.sourceService().name());
        v.put("recipientAgency", agency.name());
        v.put("recipientService", service);
        v.put("consentInScope", false);
        v.put("anonymised", false);
        v.put("ownTask", ownTask);
        DisclosureFacts.putGrounds(v, Set.of());
        v.put("grading", Grading.OPEN_IN_CASE.name());
        v.put("notificationEvent", true);
        v.put("harmAssessmentCleared", facts.harmAssessmentCleared());
        return v;
    }
}
