package no.samvirke.notification.registration;

import no.samvirke.notification.internal.HarmAssessment;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.samvirke.identity.Agency;
import no.samvirke.identity.CurrentUser;
import no.samvirke.identity.Municipality;
import no.samvirke.identity.Role;
import no.samvirke.identity.Users;
import no.samvirke.platform.InvalidInputException;
import no.samvirke.platform.InvalidInputException.FieldProblem;
import no.samvirke.platform.WorkingDays;
import no.samvirke.sharing.ContactHold;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may record (PST, police prevention contacts, SLT coordinators) and what a notification
 * needs: type, date, municipality, the person's name and national id or birth date; from PST or
 * the police the harm assessment; a contact hold only from PST, with a future expiry and a reason.
 */
@Component
class NotificationValidation {

    static final int NAME_MAX = 200;

    private final Users users;
    private final Clock clock;

    NotificationValidation(Users users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    RecordNotification.Command validate(RecordNotification.Command c, CurrentUser user) {
        requireRecorder(user);
        boolean municipal = user.agency() == Agency.MUNICIPALITY;
        String municipality = municipal ? user.municipalityCode() : c.municipalityCode();
        LocalDate today = LocalDate.now(clock.withZone(WorkingDays.OSLO));
        List<FieldProblem> problems = new ArrayList<>();
        if (c.type() == null) {
            problems.add(new FieldProblem("type", "notification.type.required"));
        }
        if (c.eventDate() == null) {
            problems.add(new FieldProblem("eventDate", "notification.eventDate.required"));
        } else if (c.eventDate().isAfter(today)) {
            problems.add(new FieldProblem("eventDate", "notification.eventDate.future"));
        }
        if (municipality == null || users.municipalities().stream().map(Municipality::code).noneMatch(municipality::equals)) {
            problems.add(new FieldProblem("municipalityCode", "notification.municipality.unknown"));
        }
        person(c, problems);
        if (!municipal && c.harmAssessment() != HarmAssessment.CLEARED && c.harmAssessment() != HarmAssessment.PENDING) {
            problems.add(new FieldProblem("harmAssessment", "notification.harmAssessment.required"));
        }
        hold(c, user, today, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new RecordNotification.Command(c.type(), c.eventDate(), municipality, c.personName(), c.birthDate(),
                c.nationalId(), municipal ? HarmAssessment.CLEARED : c.harmAssessment(), c.contactHoldUntil(),
                c.contactHoldReason());
    }

    private static void requireRecorder(CurrentUser user) {
        boolean allowed = switch (user.agency()) {
            case PST -> user.hasRole(Role.PST_LIAISON);
            case POLICE -> user.hasRole(Role.POLICE_CONTACT);
            case MUNICIPALITY -> user.hasRole(Role.SLT_COORDINATOR) && user.municipalityCode() != null;
        };
        if (!allowed) {
            throw new AccessDeniedException("Only PST, police prevention contacts and SLT coordinators record notifications");
        }
    }

    private static void person(RecordNotification.Command c, List<FieldProblem> problems) {
        if (c.personName() == null || c.personName().isBlank()) {
            problems.add(new FieldProblem("personName", "notification.personName.required"));
        } else if (c.personName().strip().length() > NAME_MAX) {
            problems.add(new FieldProblem("personName", "notification.personName.tooLong"));
        }
        boolean hasNationalId = c.nationalId() != null && !c.nationalId().isBlank();
        if (hasNationalId && !c.nationalId().strip().matches("\\d{11}")) {
            problems.add(new FieldProblem("nationalId", "notification.nationalId.invalid"));
        }
        if (!hasNationalId && c.birthDate() == null) {
            problems.add(new FieldProblem("birthDate", "notification.birthDate.required"));
        }
    }

    private static void hold(RecordNotification.Command c, CurrentUser user, LocalDate today,
                             List<FieldProblem> problems) {
        if (c.contactHoldUntil() == null) {
            return;
        }
        if (!user.hasRole(Role.PST_LIAISON)) {
            problems.add(new FieldProblem("contactHoldUntil", "notification.contactHold.pstOnly"));
        } else if (!c.contactHoldUntil().isAfter(today)) {
            problems.add(new FieldProblem("contactHoldUntil", "notification.contactHold.notFuture"));
        }
        if (c.contactHoldReason() == null || c.contactHoldReason().isBlank()) {
            problems.add(new FieldProblem("contactHoldReason", "notification.contactHold.reasonRequired"));
        } else if (c.contactHoldReason().strip().length() > ContactHold.REASON_MAX) {
            problems.add(new FieldProblem("contactHoldReason", "notification.contactHold.reasonTooLong"));
        }
    }
}
