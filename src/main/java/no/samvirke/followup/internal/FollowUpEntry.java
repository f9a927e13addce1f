package no.samvirke.followup.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import no.samvirke.identity.Agency;
import no.samvirke.identity.CurrentUser;
import no.samvirke.inbox.InboxTask;

/** One recorded follow-up step: an outcome code, for a plan's service also its deadline. Append-only. */
@Entity
@Table(name = "followup_entry")
public class FollowUpEntry {

    /** The user name of steps the routine recorded itself. */
    static final String ROUTINE = "samvirke";

    @Id
    private UUID id;
    private UUID caseId;
    private String processInstanceId;
    private String taskKey;
    private String outcome;
    private String serviceCode;
    private LocalDate dueDate;
    private UUID reference;
    private String username;
    @Enumerated(EnumType.STRING)
    private Agency agency;
    private Instant recordedAt;

    protected FollowUpEntry() {
    }

    public FollowUpEntry(InboxTask task, String outcome, String serviceCode, LocalDate dueDate, UUID reference,
                  CurrentUser by, Instant at) {
        this.id = UUID.randomUUID();
        this.caseId = task.caseId();
        this.processInstanceId = task.processInstanceId();
        this.taskKey = task.taskDefinitionKey();
        this.outcome = outcome;
        this.serviceCode = serviceCode;
        this.dueDate = dueDate;
        this.reference = reference;
        this.username = by.username();
        this.agency = by.agency();
        this.recordedAt = at;
    }

    /** A step the routine recorded itself, e.g. the outcome handed back by a called process. */
    public static FollowUpEntry byRoutine(UUID caseId, String processInstanceId, String stepKey, String outcome,
                                   Agency agency, Instant at) {
        FollowUpEntry entry = new FollowUpEntry();
        entry.id = UUID.randomUUID();
        entry.caseId = caseId;
        entry.processInstanceId = processInstanceId;
        entry.taskKey = stepKey;
        entry.outcome = outcome;
        entry.username = ROUTINE;
        entry.agency = agency;
        entry.recordedAt = at;
        return entry;
    }

    public String taskKey() {
        return taskKey;
    }

    public String outcome() {
        return outcome;
    }

    public String serviceCode() {
        return serviceCode;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public UUID reference() {
        return reference;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
