package no.samvirke.followup.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import no.samvirke.followup.process.ReturneeFollowUpProcess;
import no.samvirke.identity.CurrentUser;
import no.samvirke.inbox.InboxTask;
import no.samvirke.platform.WorkingDays;
import no.samvirke.sharing.CaseInformation;
import no.samvirke.sharing.InformationItem;
import org.springframework.stereotype.Component;

/** Reads a follow-up's status from its entries; the sealed assessment result only through sharing. */
@Component
class PlanStatusReader {

    private final FollowUpEntryRepository entries;
    private final CaseInformation information;

    PlanStatusReader(FollowUpEntryRepository entries, CaseInformation information) {
        this.entries = entries;
        this.information = information;
    }

    PlanStatus read(InboxTask task, CurrentUser viewer) {
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
        return new PlanStatus(new ArrayList<>(services.values()), talk,
                assessment == null ? null : assessment.recordedAt().atZone(WorkingDays.OSLO).toLocalDate(),
                assessment == null ? null : result(task, assessment, viewer));
    }

    /** The sealed text if sharing lets this viewer read it; municipal users never get the item at all. */
    private String result(InboxTask task, FollowUpEntry assessment, CurrentUser viewer) {
        List<InformationItem> visible = information.list(task.caseId(), viewer, "task:" + task.taskDefinitionKey())
                .orElse(List.of());
        return visible.stream().filter(i -> Objects.equals(i.id(), assessment.reference())).map(InformationItem::text)
                .findFirst().orElse(null);
    }
}
