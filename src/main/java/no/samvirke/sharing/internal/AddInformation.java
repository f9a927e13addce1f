package no.samvirke.sharing.internal;

import no.samvirke.sharing.disclosure.internal.CaseParticipants;
import no.samvirke.sharing.information.internal.InformationEntry;
import no.samvirke.sharing.information.internal.InformationEntryRepository;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.samvirke.identity.Agency;
import no.samvirke.identity.CurrentUser;
import no.samvirke.intake.Concerns;
import no.samvirke.platform.InvalidInputException;
import no.samvirke.platform.InvalidInputException.FieldProblem;
import no.samvirke.platform.NotFoundException;
import no.samvirke.audit.AuditAction;
import no.samvirke.sharing.Grading;
import no.samvirke.sharing.InformationKind;
import no.samvirke.sharing.NewInformation;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import no.samvirke.audit.AuditRecord;
import no.samvirke.audit.AuditAppender;

/** A case participant adds a piece of information; its source is the participant's own service. */
@Component
class AddInformation {

    static final String PURPOSE = "information:add";
    private static final String BASIS = "Registrert av saksdeltaker";

    private final Concerns concerns;
    private final CaseParticipants participants;
    private final InformationEntryRepository entries;
    private final AuditAppender audit;
    private final Clock clock;

    AddInformation(Concerns concerns, CaseParticipants participants, InformationEntryRepository entries,
                   AuditAppender audit, Clock clock) {
        this.concerns = concerns;
        this.participants = participants;
        this.entries = entries;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public UUID handle(UUID caseId, NewInformation input, CurrentUser author) {
        concerns.summary(caseId).filter(s -> participants.participates(author, s))
                .orElseThrow(() -> new NotFoundException("case"));
        List<FieldProblem> problems = problems(input, author.agency());
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        InformationEntry entry = entries.save(new InformationEntry(caseId, input, author, clock.instant()));
        audit.append(new AuditRecord(author.username(), author.agency().name(), caseId, AuditAction.CHANGE,
                "information:" + entry.getId() + "=ADDED", BASIS, PURPOSE, null,
                "kind=" + input.kind() + ";grading=" + input.grading() + ";text set"));
        return entry.getId();
    }

    static List<FieldProblem> problems(NewInformation input, Agency agency) {
        List<FieldProblem> problems = new ArrayList<>();
        if (input.kind() == null) {
            problems.add(new FieldProblem("kind", "sharing.information.kind.required"));
        } else if (!mayWrite(input.kind(), agency)) {
            problems.add(new FieldProblem("kind", "sharing.information.kind.notAllowed"));
        }
        if (input.text() == null || input.text().isBlank()) {
            problems.add(new FieldProblem("text", "sharing.information.text.required"));
        } else if (input.text().strip().length() > NewInformation.TEXT_MAX) {
            problems.add(new FieldProblem("text", "sharing.information.text.tooLong"));
        }
        if (input.grading() == null) {
            problems.add(new FieldProblem("grading", "sharing.information.grading.required"));
        } else if (input.grading() == Grading.POLICE_PST_ONLY && agency == Agency.MUNICIPALITY) {
            problems.add(new FieldProblem("grading", "sharing.information.grading.notAllowed"));
        }
        return problems;
    }

    private static boolean mayWrite(InformationKind kind, Agency agency) {
        return switch (kind) {
            case POLICE_INFORMATION -> agency == Agency.POLICE;
            case PST_INFORMATION -> agency == Agency.PST;
            default -> true;
        };
    }
}
