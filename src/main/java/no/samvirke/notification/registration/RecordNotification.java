package no.samvirke.notification.registration;

import no.samvirke.notification.internal.Notification;
import no.samvirke.notification.internal.HarmAssessment;
import java.time.LocalDate;
import no.samvirke.identity.CurrentUser;
import no.samvirke.notification.NotificationType;
import no.samvirke.platform.ConflictException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;

/**
 * Records a notification for PST, a police prevention contact or an SLT coordinator (the origin
 * is the recorder's agency, so only police and PST can record a PST- or police-originated one)
 * and starts the routine. The same notification submitted twice (same person, type, date and
 * source) is linked to the first, not doubled — also when both arrive at the same moment: the
 * loser of the race hits the unique constraint, and the retry finds and links the winner.
 */
@Service
public class RecordNotification {

    /**
     * @param municipalityCode   the municipality concerned (an SLT coordinator's own is used for them)
     * @param harmAssessment     PST/police only: CLEARED (the municipality may be told now) or PENDING
     * @param contactHoldUntil   PST only: "do not contact the family" until this date (with a reason)
     */
    public record Command(NotificationType type, LocalDate eventDate, String municipalityCode, String personName,
                          LocalDate birthDate, String nationalId, HarmAssessment harmAssessment,
                          LocalDate contactHoldUntil, String contactHoldReason) {
    }

    /** The notification, and whether this submission was a duplicate linked to it. */
    public record Result(Notification notification, boolean duplicate) {
    }

    private final NotificationRecorder recorder;
    private final NotificationValidation validation;

    RecordNotification(NotificationRecorder recorder, NotificationValidation validation) {
        this.recorder = recorder;
        this.validation = validation;
    }

    /** Validates without recording (a form with other errors shows all of them at once). */
    public void check(Command command, CurrentUser user) {
        validation.validate(command, user);
    }

    public Result handle(Command command, CurrentUser user) {
        try {
            return recorder.record(command, user);
        } catch (DataIntegrityViolationException | ConcurrencyFailureException raceLost) {
            try {
                return recorder.record(command, user);
            } catch (DataIntegrityViolationException | ConcurrencyFailureException again) {
                throw new ConflictException("notification.record.conflict");
            }
        }
    }
}
