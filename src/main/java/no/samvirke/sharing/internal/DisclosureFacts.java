package no.samvirke.sharing.internal;

import java.util.HashMap;
import java.util.Map;
import no.samvirke.identity.CurrentUser;
import no.samvirke.identity.ServiceUnit;
import no.samvirke.intake.ConcernSummary;

/**
 * The inputs of processes/disclosure.dmn for one item: where the information comes from, who
 * receives it, and the conditions. Holds no personal data (service names and flags only).
 */
record DisclosureFacts(Item item, ServiceUnit sourceService, String recipientAgency, String recipientService,
                       boolean consentInScope, boolean anonymised, boolean ownTask, boolean dutyToAvert,
                       boolean neglectOrAbuse, boolean dangerToLifeOrHealth, boolean offenceInformation) {

    /** The pieces of a concern that are decided separately. */
    enum Item {
        SUBJECT, DESCRIPTION, INFORMATION;

        String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * Facts from the case as registered, with {@code consentInScope} from the consent records
     * ({@link ConsentScope}; the reporter's unverified "consent" answer at registration does not
     * count) and {@code ownTask} from {@link SourceOrganisation} (the same organisation as the reporter,
     * not merely the same service type). Duty to avert, neglect and offence information are not yet
     * recorded on a case (false).
     */
    static DisclosureFacts of(Item item, ConcernSummary c, CurrentUser viewer, boolean consentInScope,
                              boolean ownTask) {
        return new DisclosureFacts(item, c.reporterService(), viewer.agency().name(), viewer.service().name(),
                consentInScope, c.anonymous(), ownTask, false, false, c.acuteDanger(), false);
    }

    Map<String, Object> variables() {
        Map<String, Object> v = new HashMap<>();
        v.put("item", item.name());
        v.put("sourceService", sourceService == null ? null : sourceService.name());
        v.put("recipientAgency", recipientAgency);
        v.put("recipientService", recipientService);
        v.put("consentInScope", consentInScope);
        v.put("anonymised", anonymised);
        v.put("ownTask", ownTask);
        v.put("dutyToAvert", dutyToAvert);
        v.put("neglectOrAbuse", neglectOrAbuse);
        v.put("dangerToLifeOrHealth", dangerToLifeOrHealth);
        v.put("offenceInformation", offenceInformation);
        v.put("grading", no.samvirke.sharing.Grading.OPEN_IN_CASE.name());
        v.put("notificationEvent", false);
        v.put("harmAssessmentCleared", false);
        return v;
    }
}
