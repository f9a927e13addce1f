package no.samvirke.notification.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.samvirke.identity.CurrentUser;
import no.samvirke.identity.Role;
import no.samvirke.platform.InvalidInputException;
import no.samvirke.platform.InvalidInputException.FieldProblem;
import no.samvirke.platform.NotFoundException;
import no.samvirke.platform.WorkingDays;
import no.samvirke.sharing.ContactHold;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records the renewed harm assessment: CLEARED (tell the municipality now) or WITHHELD (do not). */
@Service
public class AssessHarm {

    private final NotificationRepository notifications;
    private final Clock clock;

    AssessHarm(NotificationRepository notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    /** @return whether the municipality may be told now */
    @Transactional
    public boolean handle(UUID notificationId, HarmAssessment decision, LocalDate holdUntil, String holdReason,
                   CurrentUser user) {
        List<FieldProblem> problems = new ArrayList<>();
        if (decision != HarmAssessment.CLEARED && decision != HarmAssessment.WITHHELD) {
            problems.add(new FieldProblem("harmAssessment", "notification.harmAssessment.decide"));
        }
        if (holdUntil != null) {
            if (!user.hasRole(Role.PST_LIAISON)) {
                problems.add(new FieldProblem("contactHoldUntil", "notification.contactHold.pstOnly"));
            } else if (!holdUntil.isAfter(LocalDate.now(clock.withZone(WorkingDays.OSLO)))) {
                problems.add(new FieldProblem("contactHoldUntil", "notification.contactHold.notFuture"));
            }
            if (holdReason == null || holdReason.isBlank() || holdReason.strip().length() > ContactHold.REASON_MAX) {
                problems.add(new FieldProblem("contactHoldReason", "notification.contactHold.reasonRequired"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Notification n = notifications.findById(notificationId).orElseThrow(() -> new NotFoundException("notification"));
        n.assessHarm(decision, holdUntil, holdReason);
        return decision == HarmAssessment.CLEARED;
    }

    public static HarmAssessment parse(Object value) {
        try {
            return value == null ? null : HarmAssessment.valueOf(value.toString());
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    public static LocalDate date(String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of("contactHoldUntil", "notification.contactHold.date");
        }
    }
}
