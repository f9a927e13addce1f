package no.samvirke.followup.tasks;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a valid follow-up form records: the outcome code, the note for the timeline (null when the
 * text must not leave its compartment), the process variables, and the form's own details.
 */
record Step(String outcome, String note, Map<String, Object> variables, Object details) {

    static Step of(String outcome, String note, Map<String, Object> variables) {
        return new Step(outcome, note, variables, null);
    }

    /** One stored line: for a plan one per service with its deadline; a reference to sharing's information. */
    record Line(String serviceCode, LocalDate due, UUID reference) {
        static final List<Line> ONE = List.of(new Line(null, null, null));
    }
}
