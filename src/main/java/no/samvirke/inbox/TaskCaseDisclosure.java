package no.samvirke.inbox;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.samvirke.identity.CurrentUser;

/**
 * Whether a task may name its case to the viewer. A task's business key is a case id, but a viewer
 * may hold a task on a case they must not learn exists or is linked to something they know (PST's
 * part of a returnee follow-up started on a municipal case). The module that started the process
 * decides (through sharing) and names the key to show instead; the inbox shows it, with its
 * reference from {@link CaseReferences}, in the list, the API and the task page. The form handler
 * still gets the task with its case, so the routine works on the case.
 */
public interface TaskCaseDisclosure {

    /**
     * For those of {@code tasks} whose case {@code viewer} may not be shown, the key to show instead,
     * by task id. Tasks left out show their case.
     */
    Map<String, UUID> substitutes(List<InboxTask> tasks, CurrentUser viewer);
}
