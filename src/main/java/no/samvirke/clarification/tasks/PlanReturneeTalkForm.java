package no.samvirke.clarification.tasks;

import java.util.List;
import java.util.Map;
import no.samvirke.clarification.internal.AttendanceBasis;
import no.samvirke.clarification.internal.ClarificationTalk;
import no.samvirke.clarification.internal.TalkRecords;
import no.samvirke.clarification.process.ClarificationProcess;
import no.samvirke.clarification.process.ClarificationProcess.Vars;
import no.samvirke.identity.CurrentUser;
import no.samvirke.identity.Groups;
import no.samvirke.identity.ServiceUnit;
import no.samvirke.inbox.InboxTask;
import no.samvirke.inbox.TaskFormInput;
import org.springframework.stereotype.Component;

/**
 * For a returnee the police prevention contact and PST decide together who conducts the talk and
 * whether the municipality attends; attendance needs the person's consent on record or a legal ground.
 */
@Component
class PlanReturneeTalkForm extends TalkTaskForm {

    static final List<ServiceUnit> CONDUCTORS = List.of(ServiceUnit.POLICE_PREVENTION, ServiceUnit.PST);

    private final TalkRecords records;
    private final AttendanceConsent consent;

    PlanReturneeTalkForm(Support support, TalkRecords records, AttendanceConsent consent) {
        super(support, ClarificationProcess.USER_PLAN_RETURNEE_TALK, "plan");
        this.records = records;
        this.consent = consent;
    }

    @Override
    Map<String, Object> formModel(ClarificationTalk talk) {
        return Map.of("conductors", CONDUCTORS, "bases", List.of(AttendanceBasis.values()));
    }

    @Override
    Runnable read(TaskFormInput input, ClarificationTalk talk, InboxTask task, CurrentUser user) {
        ServiceUnit conductor = input.choice("conductor", ServiceUnit.class);
        input.requireUnlessInvalid(conductor == null || CONDUCTORS.contains(conductor), "conductor", "clarification.error.invalidChoice");
        Boolean attends = input.bool("municipalAttendance");
        AttendanceBasis basis = Boolean.TRUE.equals(attends) ? input.choice("attendanceBasis", AttendanceBasis.class) : null;
        input.requireUnlessInvalid(basis != AttendanceBasis.CONSENT || consent.coversKjernegruppe(talk.caseId(), user),
                "attendanceBasis", "clarification.error.noConsent");
        return () -> records.plan(task.processInstanceId(), conductor, basis, user);
    }

    @Override
    Map<String, Object> variables(TaskFormInput input, ClarificationTalk talk) {
        // The police group stays the conductor unless PST takes the talk.
        return talk.conductorService() == ServiceUnit.PST ? Map.of(Vars.CONDUCTOR_GROUP, Groups.PST) : Map.of();
    }
}
