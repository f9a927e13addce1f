package no.samvirke.clarification.process;

import no.samvirke.platform.ProcessBean;
import java.util.UUID;
import no.samvirke.clarification.internal.TalkRecords;
import no.samvirke.clarification.process.ClarificationProcess.TalkContext;
import no.samvirke.identity.Groups;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Opens the talk record; the police prevention contact conducts unless police and PST decide otherwise. */
@Component("openTalkDelegate")
@ProcessBean
class OpenTalkDelegate implements JavaDelegate {

    private final TalkRecords records;

    OpenTalkDelegate(TalkRecords records) {
        this.records = records;
    }

    @Override
    public void execute(DelegateExecution execution) {
        TalkContext context = ClarificationProcess.TALK_CONTEXT.from(execution);
        // The talk record is found by this process instance; its id need not be kept here (ADR 0023).
        records.open(UUID.fromString(execution.getBusinessKey()), execution.getProcessInstanceId(), context);
        ClarificationProcess.PST_GROUP.set(execution, Groups.PST);
        ClarificationProcess.CONDUCTOR_GROUP.set(execution, ClarificationProcess.POLICE_GROUP.from(execution));
    }
}
