package no.samvirke.clarification.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import no.samvirke.clarification.process.ClarificationProcess.TalkContext;
import no.samvirke.identity.CurrentUser;
import no.samvirke.identity.ServiceUnit;

/**
 * One clarification talk from request to outcome. Holds the record's codes and the texts the
 * kjernegruppe may be shown (assessment reasons, next steps, recommendation); the notes are
 * police/PST-only case information ({@link #notesItemId}).
 */
@Entity
@Table(name = "clarification_talk")
public class ClarificationTalk {

    @Id
    private UUID id;
    private UUID caseId;
    private String processInstanceId;
    @Enumerated(EnumType.STRING)
    private TalkContext context;
    @Enumerated(EnumType.STRING)
    private TalkStatus status;
    @Enumerated(EnumType.STRING)
    private ServiceUnit conductorService;
    private boolean municipalAttendance;
    @Enumerated(EnumType.STRING)
    private AttendanceBasis attendanceBasis;
    private Boolean minor;
    @Enumerated(EnumType.STRING)
    private Invitee invitee;
    private LocalDate invitedOn;
    private LocalDate proposedDate;
    private int invitations;
    private Instant remindedAt;
    private String answer;
    private String recommendation;
    private LocalDate heldOn;
    private String place;
    private String participants;
    private Boolean guardiansPresent;
    private String topics;
    @Enumerated(EnumType.STRING)
    private Assessment assessment;
    private String assessmentReasons;
    private String nextSteps;
    private Boolean newTalkPlanned;
    private UUID notesItemId;
    private String authorUsername;
    @Enumerated(EnumType.STRING)
    private ServiceUnit authorService;
    private Instant concludedAt;
    private Instant createdAt;
    @Version
    private Long version;

    protected ClarificationTalk() {
    }

    ClarificationTalk(UUID caseId, String processInstanceId, TalkContext context, Instant now) {
        this.id = UUID.randomUUID();
        this.caseId = caseId;
        this.processInstanceId = processInstanceId;
        this.context = context;
        this.status = TalkStatus.PLANNING;
        this.conductorService = ServiceUnit.POLICE_PREVENTION;
        this.createdAt = now;
    }

    void plan(ServiceUnit conductor, AttendanceBasis basis) {
        this.conductorService = conductor;
        this.municipalAttendance = basis != null;
        this.attendanceBasis = basis;
    }

    void invite(boolean minor, Invitee invitee, LocalDate proposedDate, LocalDate today) {
        this.minor = minor;
        this.invitee = invitee;
        this.proposedDate = proposedDate;
        this.invitedOn = today;
        this.invitations++;
        this.remindedAt = null;
        this.status = TalkStatus.INVITED;
    }

    void reminded(Instant now) {
        this.remindedAt = now;
    }

    void accepted() {
        this.answer = TalkStatus.ACCEPTED.name();
        this.status = TalkStatus.ACCEPTED;
    }

    /** Declined or not answered: ends the talk with the police's recommendation to the kjernegruppe. */
    void notHeld(TalkStatus how, String recommendation, CurrentUser by, Instant now) {
        this.answer = how.name();
        this.status = how;
        this.recommendation = recommendation;
        concluded(by, now);
    }

    void rescheduled() {
        this.answer = null;
        this.status = TalkStatus.PLANNING;
    }

    void held(HeldTalk talk, UUID notesItemId, CurrentUser by, Instant now) {
        this.status = TalkStatus.HELD;
        this.heldOn = talk.heldOn();
        this.place = talk.place();
        this.participants = String.join(",", talk.participants().stream().map(Enum::name).toList());
        this.guardiansPresent = talk.guardiansPresent();
        this.topics = String.join(",", talk.topics().stream().map(Enum::name).toList());
        this.assessment = talk.assessment();
        this.assessmentReasons = talk.reasons();
        this.nextSteps = talk.nextSteps();
        this.newTalkPlanned = talk.newTalkPlanned();
        this.notesItemId = notesItemId;
        concluded(by, now);
    }

    private void concluded(CurrentUser by, Instant now) {
        this.authorUsername = by.username();
        this.authorService = by.service();
        this.concludedAt = now;
    }

    /** The code the timeline and the calling process see: the assessment when held, else how it ended. */
    String outcomeCode() {
        return status == TalkStatus.HELD ? assessment.name() : status.name();
    }

    boolean concluded() {
        return concludedAt != null;
    }

    public UUID id() { return id; }
    public UUID caseId() { return caseId; }
    String processInstanceId() { return processInstanceId; }
    public TalkContext context() { return context; }
    public TalkStatus status() { return status; }
    public ServiceUnit conductorService() { return conductorService; }
    boolean municipalAttendance() { return municipalAttendance; }
    public AttendanceBasis attendanceBasis() { return attendanceBasis; }
    public Boolean minor() { return minor; }
    public Invitee invitee() { return invitee; }
    public LocalDate invitedOn() { return invitedOn; }
    public LocalDate proposedDate() { return proposedDate; }
    public int invitations() { return invitations; }
    public Instant remindedAt() { return remindedAt; }
    String recommendation() { return recommendation; }
    LocalDate heldOn() { return heldOn; }
    String place() { return place; }
    List<ParticipantRole> participants() { return codes(participants, ParticipantRole.class); }
    Boolean guardiansPresent() { return guardiansPresent; }
    List<Topic> topics() { return codes(topics, Topic.class); }
    Assessment assessment() { return assessment; }
    String assessmentReasons() { return assessmentReasons; }
    String nextSteps() { return nextSteps; }
    Boolean newTalkPlanned() { return newTalkPlanned; }
    UUID notesItemId() { return notesItemId; }
    String authorUsername() { return authorUsername; }
    ServiceUnit authorService() { return authorService; }
    Instant concludedAt() { return concludedAt; }

    private static <E extends Enum<E>> List<E> codes(String joined, Class<E> type) {
        return joined == null || joined.isEmpty() ? List.of()
                : Arrays.stream(joined.split(",")).map(code -> Enum.valueOf(type, code)).toList();
    }
}
