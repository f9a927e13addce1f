package no.samvirke.cases.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import no.samvirke.identity.ServiceUnit;
import no.samvirke.intake.Category;
import no.samvirke.intake.ConcernStatus;
import no.samvirke.intake.ConcernSummary;
import no.samvirke.sharing.Access;
import no.samvirke.sharing.CaseView;
import no.samvirke.sharing.DescriptionForm;

/**
 * A case as a kjernegruppe member may see it: each item with its {@code access} (level and legal
 * basis). Identity fields the viewer may not see are left out of the JSON altogether.
 */
record CaseJson(UUID id, String reference, Category category, ConcernStatus status, Instant registeredAt,
                Instant updatedAt, Instant closedAt, ServiceUnit reporterService, boolean anonymous,
                boolean acuteDanger, Subject subject, Description description) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Subject(String name, LocalDate birthDate, String nationalId, Access access) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Description(String text, DescriptionForm form, String placeholder, Access access) {
    }

    /** @param placeholder what to say when no anonymised text is confirmed yet (bokmål by default) */
    static CaseJson of(CaseView v, String placeholder) {
        ConcernSummary s = v.summary();
        return new CaseJson(s.id(), s.reference(), s.category(), s.status(), s.registeredAt(), s.updatedAt(),
                s.closedAt(), s.reporterService(), s.anonymous(), s.acuteDanger(),
                new Subject(v.subjectName(), v.subjectBirthDate(), v.subjectNationalId(), v.subjectAccess()),
                new Description(v.description(), v.descriptionForm(),
                        v.anonymisedDescriptionMissing() ? placeholder : null, v.descriptionAccess()));
    }
}
