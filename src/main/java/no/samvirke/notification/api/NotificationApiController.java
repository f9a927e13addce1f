package no.samvirke.notification.api;

import no.samvirke.notification.registration.RecordNotification;
import no.samvirke.notification.log.NotificationLog;
import no.samvirke.notification.log.NotificationView;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.samvirke.identity.CurrentUser;
import no.samvirke.identity.Users;
import no.samvirke.notification.NotificationType;
import no.samvirke.notification.internal.AcknowledgeNotification;
import no.samvirke.notification.internal.HarmAssessment;
import no.samvirke.notification.internal.NotificationStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The notification routine's API: the handoff log (filters type, status, overdue), recording a
 * notification (201; a duplicate answers 200 with the notification it was linked to), and the
 * receipt of a handoff.
 */
@RestController
@RequestMapping("/api/v1/notifications")
class NotificationApiController {

    /** What a recorder sends. PST and police: harmAssessment; PST only: the contact hold. */
    record NotificationJson(NotificationType type, LocalDate eventDate, String municipalityCode, String personName,
                            LocalDate birthDate, String nationalId, HarmAssessment harmAssessment,
                            LocalDate contactHoldUntil, String contactHoldReason) {
    }

    /** The answer to a recording: the notification as the recorder sees it; duplicate when linked. */
    record Recorded(NotificationView notification, boolean duplicate) {
    }

    private final NotificationLog log;
    private final RecordNotification record;
    private final AcknowledgeNotification acknowledge;
    private final Users users;

    NotificationApiController(NotificationLog log, RecordNotification record, AcknowledgeNotification acknowledge,
                              Users users) {
        this.log = log;
        this.record = record;
        this.acknowledge = acknowledge;
        this.users = users;
    }

    @GetMapping
    List<NotificationView> list(@RequestParam(required = false) NotificationType type,
                                @RequestParam(required = false) NotificationStatus status,
                                @RequestParam(required = false) Boolean overdue) {
        return log.list(new NotificationLog.Filter(type, status, overdue), users.current(), "api:notifications");
    }

    @PostMapping
    ResponseEntity<Recorded> record(@RequestBody NotificationJson json) {
        CurrentUser user = users.current();
        RecordNotification.Result result = record.handle(new RecordNotification.Command(json.type(), json.eventDate(),
                json.municipalityCode(), json.personName(), json.birthDate(), json.nationalId(),
                json.harmAssessment(), json.contactHoldUntil(), json.contactHoldReason()), user);
        UUID id = result.notification().id();
        Recorded body = new Recorded(log.one(id, user, "api:notifications:record").orElse(null), result.duplicate());
        return result.duplicate() ? ResponseEntity.ok(body)
                : ResponseEntity.created(URI.create("/api/v1/notifications?ref=" + id)).body(body);
    }

    @PostMapping("/{id}/acknowledge")
    ResponseEntity<NotificationView> acknowledge(@PathVariable UUID id) {
        CurrentUser user = users.current();
        acknowledge.handle(id, user);
        return log.one(id, user, "api:notifications:acknowledge").map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.noContent().build());
    }
}
