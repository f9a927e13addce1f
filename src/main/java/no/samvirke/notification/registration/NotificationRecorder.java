package no.samvirke.notification.registration;

import no.samvirke.notification.internal.Notification;
import no.samvirke.notification.internal.NotificationRepository;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import no.samvirke.identity.CurrentUser;
import no.samvirke.identity.Groups;
import no.samvirke.identity.Users;
import no.samvirke.notification.process.TravelNotificationProcess;
import no.samvirke.notification.process.TravelNotificationProcess.Vars;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** One attempt at recording, in one transaction with the start of the routine (ADR 0007). */
@Component
class NotificationRecorder {

    private final NotificationRepository notifications;
    private final DuplicateSubmissionRepository duplicates;
    private final NotificationValidation validation;
    private final RuntimeService runtime;
    private final Users users;
    private final Clock clock;

    NotificationRecorder(NotificationRepository notifications, DuplicateSubmissionRepository duplicates,
                         NotificationValidation validation, RuntimeService runtime, Users users, Clock clock) {
        this.notifications = notifications;
        this.duplicates = duplicates;
        this.validation = validation;
        this.runtime = runtime;
        this.users = users;
        this.clock = clock;
    }

    @Transactional
    public RecordNotification.Result record(RecordNotification.Command given, CurrentUser user) {
        RecordNotification.Command command = validation.validate(given, user);
        String key = PersonKey.of(command.personName(), command.birthDate(), command.nationalId());
        Optional<Notification> existing = notifications.findByPersonKeyAndNotificationTypeAndEventDateAndOriginAgency(
                key, command.type(), command.eventDate(), user.agency());
        if (existing.isPresent()) {
            duplicates.save(new DuplicateSubmission(existing.get().id(), user.username(), clock.instant()));
            return new RecordNotification.Result(existing.get(), true);
        }
        Notification n = notifications.saveAndFlush(new Notification(command, key, user, clock.instant()));
        runtime.startProcessInstanceByKey(TravelNotificationProcess.KEY, n.id().toString(), variables(n));
        return new RecordNotification.Result(n, false);
    }

    /**
     * The id and the harm assessors' group stay; the notification's type and who learned first are case
     * facts in our table that only the two gateways after the start read, in this transaction: transient,
     * never stored or in history (ADR 0023).
     */
    private Map<String, Object> variables(Notification n) {
        return Variables.createVariables().putValue(Vars.NOTIFICATION_ID, n.id().toString())
                .putValue(Vars.ORIGIN_GROUP, originGroup(n))
                .putValueTyped(Vars.NOTIFICATION_TYPE, Variables.stringValue(n.type().name(), true))
                .putValueTyped(Vars.ORIGIN_AGENCY, Variables.stringValue(n.originAgency().name(), true));
    }

    private String originGroup(Notification n) {
        return switch (n.originAgency()) {
            case PST -> Groups.PST;
            case POLICE -> Groups.police(users.municipality(n.municipalityCode()).policeDistrictCode());
            case MUNICIPALITY -> Groups.slt(n.municipalityCode());
        };
    }
}
