package no.samvirke.followup.tasks;

import java.time.LocalDate;
import java.util.List;

/**
 * Where a follow-up stands, as one viewer may see it: the services and whether they did their part,
 * the clarification talk's outcome, and whether the prosecution assessment is done. The
 * assessment's result is set only for viewers sharing lets into the police/PST compartment;
 * {@code servicesWithheld} when the plan has services this viewer may not know of (the list is then empty).
 */
public record PlanStatus(List<ServiceRow> services, boolean servicesWithheld, String talkOutcome,
        LocalDate prosecutionAssessedOn, String prosecutionResult) {

    public record ServiceRow(String service, LocalDate due, String outcome) {
    }

    public boolean prosecutionAssessed() {
        return prosecutionAssessedOn != null;
    }
}
