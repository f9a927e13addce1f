package no.samvirke.sharing.disclosure.internal;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import no.samvirke.identity.CurrentUser;
import no.samvirke.identity.ServiceUnit;
import no.samvirke.intake.ConcernSummary;
import no.samvirke.sharing.LegalGround;

/**
 * The inputs of processes/disclosure.dmn for one item: where the information comes from, who
 * receives it, and the conditions. Holds no personal data (service names and flags only). The
 * statutory conditions are the case's {@link LegalGround}s: each sets its own input of the table
 * ({@link LegalGround#decisionInput()}), so the list of grounds and the table's inputs are one list.
 */
public record DisclosureFacts(Item item, ServiceUnit sourceService, String recipientAgency, String recipientService,
                              boolean consentInScope, boolean anonymised, boolean ownTask, Set<LegalGround> grounds) {

    public DisclosureFacts {
        grounds = Set.copyOf(grounds);
    }

    /** The pieces of a concern that are decided separately. */
    public enum Item {
        SUBJECT, DESCRIPTION, INFORMATION;

        String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * Facts from the case as registered, with {@code consentInScope} from the consent records
     * ({@link ConsentScope}; the reporter's unverified "consent" answer at registration does not
     * count) and {@code ownTask} from {@link SourceOrganisation} (the same organisation as the reporter,
     * not merely the same service type). The only ground known at registration is acute danger to life
     * or health; the grounds a decider records come on top ({@link ConfidentialityOverlay}).
     */
    public static DisclosureFacts of(Item item, ConcernSummary c, CurrentUser viewer, boolean consentInScope,
                              boolean ownTask) {
        return new DisclosureFacts(item, c.reporterService(), viewer.agency().name(), viewer.service().name(),
                consentInScope, c.anonymous(), ownTask, registered(c));
    }

    /** The grounds that follow from the registration itself: acute danger. */
    public static Set<LegalGround> registered(ConcernSummary c) {
        return c.acuteDanger() ? Set.of(LegalGround.DANGER_TO_LIFE_OR_HEALTH) : Set.of();
    }

    /** The same facts with {@code more} grounds. */
    DisclosureFacts with(Set<LegalGround> more) {
        if (more.isEmpty()) {
            return this;
        }
        Set<LegalGround> all = EnumSet.noneOf(LegalGround.class);
        all.addAll(grounds);
        all.addAll(more);
        return new DisclosureFacts(item, sourceService, recipientAgency, recipientService, consentInScope, anonymised,
                ownTask, all);
    }

    /** Every statutory input of the table, true for the grounds in {@code grounds}. */
    public static void putGrounds(Map<String, Object> variables, Set<LegalGround> grounds) {
        for (LegalGround g : LegalGround.statutory()) {
            variables.put(g.decisionInput(), grounds.contains(g));
        }
    }

    public Map<String, Object> variables() {
        Map<String, Object> v = new HashMap<>();
        v.put("item", item.name());
        v.put("sourceService", sourceService == null ? null : sourceService.name());
        v.put("recipientAgency", recipientAgency);
        v.put("recipientService", recipientService);
        v.put("consentInScope", consentInScope);
        v.put("anonymised", anonymised);
        v.put("ownTask", ownTask);
        putGrounds(v, grounds);
        v.put("grading", no.samvirke.sharing.Grading.OPEN_IN_CASE.name());
        v.put("notificationEvent", false);
        v.put("harmAssessmentCleared", false);
        return v;
    }
}
