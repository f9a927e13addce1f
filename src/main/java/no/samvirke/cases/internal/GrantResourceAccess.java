package no.samvirke.cases.internal;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.UUID;
import no.samvirke.identity.CurrentUser;
import no.samvirke.identity.Users;
import no.samvirke.inbox.TaskFormInput;
import no.samvirke.platform.CaseId;
import no.samvirke.platform.InvalidInputException;
import no.samvirke.platform.NotFoundException;
import no.samvirke.platform.WorkingDays;
import no.samvirke.sharing.CaseGate;
import no.samvirke.sharing.CaseResourcePersons;
import org.springframework.stereotype.Service;

/**
 * A kjernegruppe member gives a named user access to one case from one date to another (both
 * inclusive, at most 30 days, Norwegian time). The case opens for them once they accept the
 * confidentiality declaration.
 */
@Service
public class GrantResourceAccess {

    static final int MAX_DAYS = (int) CaseResourcePersons.MAX_PERIOD.toDays();

    /** What the form sent, unchecked. */
    public record Command(UUID caseId, Map<String, Object> input, CurrentUser by) {
    }

    private final CaseGate gate;
    private final CaseResourcePersons resourcePersons;
    private final Users users;
    private final java.time.Clock clock;

    GrantResourceAccess(CaseGate gate, CaseResourcePersons resourcePersons, Users users, java.time.Clock clock) {
        this.gate = gate;
        this.resourcePersons = resourcePersons;
        this.users = users;
        this.clock = clock;
    }

    public void checkAllowed(UUID caseId, CurrentUser user) {
        if (!gate.isMember(CaseId.of(caseId), user)) {
            throw new NotFoundException("case");
        }
    }

    public void handle(Command command) {
        checkAllowed(command.caseId(), command.by());
        TaskFormInput input = new TaskFormInput(command.input(), clock, "review.error");
        String username = input.text("username", 50, true);
        LocalDate from = input.date("validFrom");
        LocalDate to = input.date("validTo");
        input.throwIfInvalid();
        check(username, from, to);
        if (!resourcePersons.eligible(CaseId.of(command.caseId()), username)) {
            throw InvalidInputException.of("username", "review.resource.error.outsideCase");
        }
        resourcePersons.grant(CaseId.of(command.caseId()), username, start(from), start(to.plusDays(1)), command.by());
    }

    private void check(String username, LocalDate from, LocalDate to) {
        if (users.find(username).isEmpty()) {
            throw InvalidInputException.of("username", "review.resource.error.unknownUser");
        }
        if (from.isBefore(LocalDate.now(clock.withZone(WorkingDays.OSLO)))) {
            throw InvalidInputException.of("validFrom", "review.resource.error.fromInPast");
        }
        if (to.isBefore(from)) {
            throw InvalidInputException.of("validTo", "review.resource.error.toBeforeFrom");
        }
        if (to.isAfter(from.plusDays(MAX_DAYS - 1))) {
            throw InvalidInputException.of("validTo", "review.resource.error.tooLong");
        }
    }

    private static java.time.Instant start(LocalDate day) {
        return ZonedDateTime.of(day.atStartOfDay(), WorkingDays.OSLO).toInstant();
    }
}
