package no.samvirke.review.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.samvirke.audit.AuditTrail;
import no.samvirke.identity.CurrentUser;
import no.samvirke.identity.Role;
import no.samvirke.identity.ServiceUnit;
import no.samvirke.inbox.InboxTask;
import no.samvirke.platform.CaseId;
import no.samvirke.review.TimelineEntry;
import no.samvirke.sharing.Access;
import no.samvirke.sharing.DisclosedText;
import no.samvirke.sharing.DisclosureLevel;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** What a task form records reaches the timeline as its author's entry on the task's case. */
class TimelineRecorderTest {

    private final ReviewEntryRepository entries = mock(ReviewEntryRepository.class);
    private final AuditTrail audit = mock(AuditTrail.class);
    private final TimelineRecorder recorder = new TimelineRecorder(entries, audit);
    private final CurrentUser slt = new CurrentUser("slt", "SLT", ServiceUnit.SLT, "3201", null,
            Set.of(Role.SLT_COORDINATOR, Role.KJERNEGRUPPE), Set.of("3201"));
    private final UUID caseId = UUID.randomUUID();
    private final Instant at = Instant.parse("2026-04-01T08:00:00Z");

    @Test
    void aTaskEntryIsStoredWithItsAuthorOutcomeAndTextAndAudited() {
        InboxTask task = new InboxTask("t1", "user_screen_concern", "name", "p1", caseId, "T-2026-0001", at, null,
                null, false, List.of());
        recorder.recordTask(task, slt, at,
                new Recorded("IN_SCOPE", "Tydelig bekymring.", "ANONYMISED", null, null, null, null));
        ArgumentCaptor<ReviewEntry> saved = ArgumentCaptor.forClass(ReviewEntry.class);
        verify(entries).save(saved.capture());
        ReviewEntry stored = saved.getValue();
        assertThat(stored.caseId()).isEqualTo(caseId);
        assertThat(stored.taskId()).isEqualTo("t1");
        TimelineEntry entry = stored.toTimelineEntry(new DisclosedText(stored.auditId(),
                stored.text().parts(), new Access(DisclosureLevel.FULL, "as written")));
        assertThat(entry.username()).isEqualTo("slt");
        assertThat(entry.taskKey()).isEqualTo("user_screen_concern");
        assertThat(entry.outcome()).isEqualTo("IN_SCOPE");
        assertThat(entry.discussionMode()).isEqualTo("ANONYMISED");
        assertThat(entry.reasons()).isEqualTo("Tydelig bekymring.");
        assertThat(entry.recordedAt()).isEqualTo(at);
        verify(audit).recordChange(CaseId.of(caseId), slt, stored.auditId(), null, "user_screen_concern=IN_SCOPE",
                TimelineRecorder.CASE_HANDLING, "task:user_screen_concern");
    }
}
