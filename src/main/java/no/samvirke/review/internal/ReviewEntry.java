package no.samvirke.review.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import no.samvirke.clarification.TalkConclusion;
import no.samvirke.identity.Agency;
import no.samvirke.identity.CurrentUser;
import no.samvirke.identity.ServiceUnit;
import no.samvirke.review.TimelineEntry;
import no.samvirke.sharing.DisclosedText;
import no.samvirke.sharing.SourcedText;

/** One recorded screening, decision, confirmation or police outcome on a case. Append-only. */
@Entity
@Table(name = "review_entry")
class ReviewEntry {

    /** The task key of timeline entries that record a clarification talk's conclusion. */
    static final String TALK_KEY = "clarification_talk";

    @Id
    private UUID id;
    private UUID caseId;
    private String taskKey;
    private String taskId;
    private String username;
    @Enumerated(EnumType.STRING)
    @Column(name = "service_unit")
    private ServiceUnit service;
    @Enumerated(EnumType.STRING)
    private Agency agency;
    private Instant recordedAt;
    private String outcome;
    private String reasons;
    private String discussionMode;
    private String measures;
    @Enumerated(EnumType.STRING)
    private ServiceUnit responsibleService;
    private LocalDate reviewDate;
    private String policeReference;
    /** The notification whose routine wrote this entry (a follow-up step), or null. */
    private UUID notificationId;

    protected ReviewEntry() {
    }

    ReviewEntry(UUID caseId, String taskKey, String taskId, CurrentUser by, Instant at, Recorded what) {
        this.id = UUID.randomUUID();
        this.caseId = caseId;
        this.taskKey = taskKey;
        this.taskId = taskId;
        this.username = by.username();
        this.service = by.service();
        this.agency = by.agency();
        this.recordedAt = at;
        this.outcome = what.outcome();
        this.reasons = what.reasons();
        this.discussionMode = what.discussionMode();
        this.measures = what.measures();
        this.responsibleService = what.responsibleService();
        this.reviewDate = what.reviewDate();
        this.policeReference = what.policeReference();
    }

    /** A clarification talk's conclusion on the timeline, written by the police (or PST) who concluded it. */
    static ReviewEntry clarificationTalk(TalkConclusion talk, CurrentUser by) {
        return new ReviewEntry(talk.caseId(), TALK_KEY, talk.talkId().toString(), by, talk.concludedAt(),
                new Recorded(talk.outcome(), talk.reasons(), null, talk.nextSteps(), null, null, null));
    }

    /** This entry belongs to the routine of that notification: shown only where its link to the case may be. */
    ReviewEntry ofNotification(UUID notification) {
        this.notificationId = notification;
        return this;
    }

    /**
     * The notification a viewer must be allowed to see linked to the case before this entry is shown:
     * the notification's own entry, or a step of the follow-up its routine started; null for the rest.
     */
    UUID notificationShown() {
        return NotificationOnTimeline.TASK_KEY.equals(taskKey) ? UUID.fromString(taskId) : notificationId;
    }

    UUID id() {
        return id;
    }

    UUID caseId() {
        return caseId;
    }

    String taskKey() {
        return taskKey;
    }

    String taskId() {
        return taskId;
    }

    String outcome() {
        return outcome;
    }

    /** The id used for this entry in the audit trail and as the sharing text id. */
    String auditId() {
        return "entry:" + id;
    }

    /** The entry's free text (reasons, measures, police reference) with its author's service. */
    SourcedText text() {
        return new SourcedText(auditId(), service, reasons, measures, policeReference);
    }

    /** The entry as the viewer may read it: the free text as sharing disclosed it. */
    TimelineEntry toTimelineEntry(DisclosedText text) {
        return new TimelineEntry(id, recordedAt, taskKey, username, service, agency, outcome, text.part(0),
                discussionMode, text.part(1), responsibleService, reviewDate, text.part(2), text.access());
    }
}
