package no.samvirke.clarification.process;

import no.samvirke.platform.ProcessBean;
import no.samvirke.clarification.internal.TalkRecords;
import no.samvirke.inbox.Tasks;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** No answer yet at the reminder date: the conductor's answer task is flagged so that they follow up. */
@Component("remindConductorDelegate")
@ProcessBean
class RemindConductorDelegate implements JavaDelegate {

    private final TalkRecords records;
    private final Tasks tasks;

    RemindConductorDelegate(TalkRecords records, Tasks tasks) {
        this.records = records;
        this.tasks = tasks;
    }

    @Override
    public void execute(DelegateExecution execution) {
        records.reminded(execution.getProcessInstanceId());
        tasks.escalate(execution.getProcessInstanceId(), ClarificationProcess.USER_RECORD_ANSWER,
                ClarificationProcess.CONDUCTOR_GROUP.from(execution));
    }
}
