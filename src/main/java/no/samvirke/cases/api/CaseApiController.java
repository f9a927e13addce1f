package no.samvirke.cases.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Optional;
import java.util.UUID;
import no.samvirke.identity.CurrentUser;
import no.samvirke.identity.Users;
import no.samvirke.intake.ConcernSummary;
import no.samvirke.intake.Concerns;
import no.samvirke.platform.NotFoundException;
import no.samvirke.sharing.CaseGate;
import no.samvirke.sharing.CaseViews;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * One concern, two views: its reporter gets the status-only view (no personal data is read);
 * the case municipality's kjernegruppe and SLT coordinator get the case through
 * {@link CaseGate} and {@link CaseViews} (decided per item and audited); everyone else 404.
 */
@RestController
@Tag(name = "Concerns")
class CaseApiController {

    static final String PURPOSE = "api:concern";

    private final Concerns concerns;
    private final CaseGate gate;
    private final CaseViews caseViews;
    private final Users users;
    private final MessageSource messages;

    CaseApiController(Concerns concerns, CaseGate gate, CaseViews caseViews, Users users, MessageSource messages) {
        this.messages = messages;
        this.concerns = concerns;
        this.gate = gate;
        this.caseViews = caseViews;
        this.users = users;
    }

    @GetMapping("/api/v1/concerns/{id}")
    @Operation(summary = "One concern: the reporter's status view, or the case with each item's access level for "
            + "the kjernegruppe")
    Object one(@PathVariable UUID id) {
        CurrentUser user = users.current();
        Optional<ConcernSummary> summary = concerns.summary(id);
        if (summary.isPresent() && summary.get().reporterUsername().equals(user.username())) {
            return ReporterJson.of(summary.get());
        }
        // the summary just read decides the gate: read once, decided once
        return summary.flatMap(s -> caseViews.view(gate.open(s, user), user, PURPOSE)).map(v -> CaseJson.of(v,
                        messages.getMessage("sharing.anonymised.placeholder", null, LocaleContextHolder.getLocale())))
                .orElseThrow(() -> new NotFoundException("concern"));
    }
}
