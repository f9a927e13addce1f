package no.samvirke.intake.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.samvirke.identity.ServiceUnit;
import no.samvirke.identity.Users;
import no.samvirke.intake.Category;
import no.samvirke.intake.ConcernStatus;
import no.samvirke.intake.ConcernSummary;
import no.samvirke.intake.internal.RegisterConcern;
import no.samvirke.intake.internal.ReporterConcerns;
import no.samvirke.intake.internal.WriteAnonymisedDescription;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/concerns")
@Tag(name = "Concerns", description = "Register a concern and follow its status (reporter's view)")
class ConcernApiController {

    record SubjectJson(boolean anonymous, String name, LocalDate birthDate, String nationalId) {
    }

    /** {@code anonymisedDescription}: optional text for anonymised discussion, with the reporter's confirmation. */
    record RegisterJson(SubjectJson subject, Category category, String description, ServiceUnit reporterService,
                        Boolean subjectInformed, Boolean consentToShare, Boolean acuteDanger,
                        String anonymisedDescription, Boolean confirmAnonymisedDescription) {
    }

    record ConcernJson(UUID id, String reference, Category category, ConcernStatus status,
                       Instant registeredAt, Instant updatedAt, Instant closedAt) {
        static ConcernJson of(ConcernSummary s) {
            return new ConcernJson(s.id(), s.reference(), s.category(), s.status(), s.registeredAt(),
                    s.updatedAt(), s.closedAt());
        }
    }

    /** The reporter's text for anonymised discussion, with their confirmation (ADR 0021). */
    record AnonymisedDescriptionJson(String anonymisedDescription, Boolean confirmAnonymisedDescription) {
    }

    private final RegisterConcern register;
    private final ReporterConcerns reporterConcerns;
    private final Users users;
    private final WriteAnonymisedDescription writeAnonymised;

    ConcernApiController(RegisterConcern register, ReporterConcerns reporterConcerns, Users users,
                         WriteAnonymisedDescription writeAnonymised) {
        this.writeAnonymised = writeAnonymised;
        this.register = register;
        this.reporterConcerns = reporterConcerns;
        this.users = users;
    }

    @PostMapping
    @Operation(summary = "Register a concern (frontline staff)")
    ResponseEntity<ConcernJson> register(@RequestBody RegisterJson body) {
        SubjectJson s = body.subject();
        var subject = s == null ? null : new RegisterConcern.Subject(s.anonymous(), s.name(), s.birthDate(), s.nationalId());
        ConcernSummary created = register.handle(new RegisterConcern.Command(subject, body.category(),
                body.description(), body.reporterService(), body.subjectInformed(), body.consentToShare(),
                body.acuteDanger(), body.anonymisedDescription(),
                Boolean.TRUE.equals(body.confirmAnonymisedDescription())), users.current());
        return ResponseEntity.created(URI.create("/api/v1/concerns/" + created.id())).body(ConcernJson.of(created));
    }

    @GetMapping
    @Operation(summary = "My concerns: reference, status and dates")
    List<ConcernJson> mine() {
        return reporterConcerns.reportedBy(users.current().username()).stream().map(ConcernJson::of).toList();
    }

    @PutMapping("/{id}/anonymised-description")
    @Operation(summary = "The reporter writes or replaces the description for anonymised discussion of their own concern")
    ResponseEntity<Void> writeAnonymised(@PathVariable UUID id, @RequestBody AnonymisedDescriptionJson body) {
        writeAnonymised.handle(id, body.anonymisedDescription(), Boolean.TRUE.equals(body.confirmAnonymisedDescription()),
                users.current());
        return ResponseEntity.noContent().build();
    }

    // GET /api/v1/concerns/{id} lives in sharing/api/CaseApiController: the reporter's status view
    // and the kjernegruppe's case view are one endpoint, and only sharing may read personal data.
}
