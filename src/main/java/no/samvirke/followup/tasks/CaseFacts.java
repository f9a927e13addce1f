package no.samvirke.followup.tasks;

import java.util.Map;
import no.samvirke.identity.CurrentUser;
import no.samvirke.inbox.InboxTask;
import no.samvirke.platform.CaseId;
import no.samvirke.platform.WorkingDays;
import no.samvirke.sharing.CaseViews;
import org.springframework.stereotype.Component;

/**
 * The case facts on a follow-up form, read through sharing (decided and audited). A task may go
 * to someone outside the case gate (PST for the prosecution assessment): they see the reference only.
 */
@Component
class CaseFacts {

    private final CaseViews caseViews;

    CaseFacts(CaseViews caseViews) {
        this.caseViews = caseViews;
    }

    void add(Map<String, Object> model, InboxTask task, CurrentUser user) {
        caseViews.view(CaseId.of(task.caseId()), user, "task:" + task.taskDefinitionKey()).ifPresent(view -> {
            model.put("caseView", view);
            model.put("registeredOn", view.summary().registeredAt().atZone(WorkingDays.OSLO).toLocalDate());
        });
    }
}
