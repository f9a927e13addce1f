package no.samvirke.followup.tasks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import no.samvirke.followup.internal.FollowUpEntry;
import no.samvirke.followup.internal.FollowUpEntryRepository;
import no.samvirke.followup.process.ReturneeFollowUpProcess;
import no.samvirke.identity.CurrentUser;
import no.samvirke.inbox.InboxTask;
import no.samvirke.platform.CaseId;
import no.samvirke.platform.WorkingDays;
import no.samvirke.sharing.CaseInformation;
import no.samvirke.sharing.InformationItem;
import no.samvirke.sharing.NotificationCaseLinks;
import org.springframework.stereotype.Component;

/**
 * Reads a follow-up's status from its entries; the sealed assessment result only through sharing. Which
 * municipal services follow the young person up (child welfare, health, …) is personal data of the linked
 * case: a viewer gets the services only where sharing lets them see the notification's link to that case
 * identified (the case municipality's SLT and kjernegruppe as the table decides; the police with a consent
 * naming them); the police's and PST's own tasks (talk, prosecution assessment) show no services otherwise.
 */
@Component
class PlanStatusReader {

    private final FollowUpEntryRepository entries;
    private final CaseInformation information;
    private final NotificationCaseLinks links;

    PlanStatusReader(FollowUpEntryRepository entries, CaseInformation information, NotificationCaseLinks links) {
        this.entries = entries;
        this.information = information;
        this.links = links;
    }

    PlanStatus read(InboxTask task, CurrentUser viewer, UUID notificationId) {
        Map<String, PlanStatus.ServiceRow> services = new LinkedHashMap<>();
        String talk = null;
        FollowUpEntry assessment = null;
        for (FollowUpEntry e : entries.findByProcessInstanceIdOrderByRecordedAtAsc(task.processInstanceId())) {
            if (e.serviceCode() != null) {
                PlanStatus.ServiceRow planned = services.get(e.serviceCode());
                boolean part = ReturneeFollowUpProcess.USER_SERVICE_PART.equals(e.taskKey());
                services.put(e.serviceCode(), part && planned != null
                        ? new PlanStatus.ServiceRow(e.serviceCode(), planned.due(), e.outcome())
                        : new PlanStatus.ServiceRow(e.serviceCode(), e.dueDate(), null));
            } else if (ReturneeFollowUpProcess.CALL_CLARIFICATION_TALK.equals(e.taskKey())) {
                talk = e.outcome();
            } else if (ReturneeFollowUpProcess.USER_PROSECUTION_ASSESSMENT.equals(e.taskKey())) {
                assessment = e;
            }
        }
        boolean mayKnowServices = !services.isEmpty() && notificationId != null
                && links.mayShowLink(notificationId, CaseId.of(task.caseId()), viewer, "task:" + task.taskDefinitionKey());
        return new PlanStatus(mayKnowServices ? new ArrayList<>(services.values()) : List.of(),
                !services.isEmpty() && !mayKnowServices, talk,
                assessment == null ? null : assessment.recordedAt().atZone(WorkingDays.OSLO).toLocalDate(),
                assessment == null ? null : result(task, assessment, viewer));
    }

    /** The sealed text if sharing lets this viewer read it; municipal users never get the item at all. */
    private String result(InboxTask task, FollowUpEntry assessment, CurrentUser viewer) {
        List<InformationItem> visible = information.list(CaseId.of(task.caseId()), viewer, "task:" + task.taskDefinitionKey())
                .orElse(List.of());
        return visible.stream().filter(i -> Objects.equals(i.id(), assessment.reference())).map(InformationItem::text)
                .findFirst().orElse(null);
    }
}
