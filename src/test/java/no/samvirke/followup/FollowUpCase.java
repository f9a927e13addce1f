package no.samvirke.followup;

import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.samvirke.identity.ServiceUnit;
import no.samvirke.intake.Category;
import no.samvirke.intake.ConcernStatus;
import no.samvirke.intake.ConcernSummary;
import no.samvirke.intake.Concerns;
import no.samvirke.intake.personal.ConcernRecord;
import no.samvirke.intake.personal.ConcernRecords;
import no.samvirke.notification.NotificationReachedMunicipality;
import no.samvirke.notification.NotificationType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/** A named Bærum case (T- reference) that a notification reaches, and the publishing of that event. */
public final class FollowUpCase {

    public static final String NAME = "Kari Testesen";

    private static final java.util.Map<UUID, String> REFERENCES = new java.util.concurrent.ConcurrentHashMap<>();

    public final UUID id = UUID.randomUUID();
    /**
     * The notification the follow-up came from. A viewer who may not see the notification's link to
     * the case identified (path 3) sees the follow-up's tasks under this id instead of the case's.
     */
    public final UUID notificationId = UUID.randomUUID();

    public FollowUpCase(Concerns concerns, ConcernRecords records, String reference) {
        ConcernSummary summary = new ConcernSummary(id, reference, "3201", Category.RADICALISATION,
                ConcernStatus.UNDER_ASSESSMENT, ServiceUnit.SLT, "slt", false, false, true, false,
                Instant.parse("2026-03-01T10:00:00Z"), Instant.parse("2026-03-01T10:00:00Z"), null);
        when(concerns.summary(id)).thenReturn(Optional.of(summary));
        // The inbox reads references from the concern table (ADR 0023): one answer for every fixture case.
        REFERENCES.put(id, reference);
        org.mockito.Mockito.doAnswer(call -> {
            java.util.Collection<UUID> ids = call.getArgument(0);
            return ids.stream().filter(REFERENCES::containsKey)
                    .collect(java.util.stream.Collectors.toMap(i -> i, REFERENCES::get));
        }).when(concerns).references(org.mockito.ArgumentMatchers.any());
        when(records.find(id)).thenReturn(Optional.of(new ConcernRecord(summary, NAME, LocalDate.of(2004, 5, 6),
                null, NAME + " har reist til et konfliktområde.")));
    }

    /** Publishes the event inside a transaction, as the notification module does. */
    public void reached(NotificationType type, TransactionTemplate transaction, ApplicationEventPublisher events,
                        UUID... otherCasesOfThePerson) {
        List<UUID> cases = new java.util.ArrayList<>(List.of(otherCasesOfThePerson));
        cases.add(0, id);
        transaction.executeWithoutResult(status -> events.publishEvent(
                new NotificationReachedMunicipality(notificationId, id, type, "3201", cases)));
    }
}
