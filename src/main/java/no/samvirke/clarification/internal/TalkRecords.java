package no.samvirke.clarification.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Consumer;
import no.samvirke.clarification.ClarificationTalkConcluded;
import no.samvirke.clarification.process.ClarificationProcess.TalkContext;
import no.samvirke.identity.Agency;
import no.samvirke.identity.CurrentUser;
import no.samvirke.identity.ServiceUnit;
import no.samvirke.platform.CaseId;
import no.samvirke.platform.NotFoundException;
import no.samvirke.platform.WorkingDays;
import no.samvirke.audit.AuditTrail;
import no.samvirke.sharing.CaseInformation;
import no.samvirke.sharing.Grading;
import no.samvirke.sharing.InformationKind;
import no.samvirke.sharing.NewInformation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every change of a talk record, each with a CHANGE audit entry of codes only (never texts). The
 * notes of a held talk go to the sharing module as police/PST-only case information. A talk that
 * ends publishes {@link ClarificationTalkConcluded} in the same transaction.
 */
@Service
@Transactional
public class TalkRecords {

    static final String LEGAL_BASIS = "politiets avklaringssamtale (politiregisterloven kap. 6)";

    private final ClarificationTalkRepository talks;
    private final AuditTrail audit;
    private final CaseInformation information;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TalkRecords(ClarificationTalkRepository talks, AuditTrail audit, CaseInformation information,
                ApplicationEventPublisher events, Clock clock) {
        this.talks = talks;
        this.audit = audit;
        this.information = information;
        this.events = events;
        this.clock = clock;
    }

    /** Opens the record of a talk run by one process instance; ids only. */
    public UUID open(UUID caseId, String processInstanceId, TalkContext context) {
        return talks.save(new ClarificationTalk(caseId, processInstanceId, context, clock.instant())).id();
    }

    /** Notes that the conductor was reminded to follow up the invitation. */
    public void reminded(String processInstanceId) {
        of(processInstanceId).reminded(clock.instant());
    }

    public void plan(String processInstanceId, ServiceUnit conductor, AttendanceBasis basis, CurrentUser user) {
        change(processInstanceId, user, "plan", t -> t.plan(conductor, basis));
    }

    public void invite(String processInstanceId, boolean minor, Invitee invitee, LocalDate proposedDate, CurrentUser user) {
        LocalDate today = LocalDate.now(clock.withZone(WorkingDays.OSLO));
        change(processInstanceId, user, "invite", t -> t.invite(minor, invitee, proposedDate, today));
    }

    public void accept(String processInstanceId, CurrentUser user) {
        change(processInstanceId, user, "answer", ClarificationTalk::accepted);
    }

    public void reschedule(String processInstanceId, CurrentUser user) {
        change(processInstanceId, user, "reschedule", ClarificationTalk::rescheduled);
    }

    public void notHeld(String processInstanceId, TalkStatus how, String recommendation, CurrentUser user) {
        ClarificationTalk talk = change(processInstanceId, user, "answer",
                t -> t.notHeld(how, recommendation, user, clock.instant()));
        events.publishEvent(new ClarificationTalkConcluded(talk.caseId(), talk.id()));
    }

    public void held(String processInstanceId, HeldTalk record, CurrentUser user) {
        ClarificationTalk talk = of(processInstanceId);
        InformationKind kind = user.agency() == Agency.PST ? InformationKind.PST_INFORMATION
                : InformationKind.POLICE_INFORMATION;
        UUID notes = information.add(CaseId.of(talk.caseId()), new NewInformation(kind, record.notes(), Grading.POLICE_PST_ONLY),
                user);
        change(processInstanceId, user, "record", t -> t.held(record, notes, user, clock.instant()));
        events.publishEvent(new ClarificationTalkConcluded(talk.caseId(), talk.id()));
    }

    private ClarificationTalk change(String processInstanceId, CurrentUser user, String what,
                                     Consumer<ClarificationTalk> change) {
        ClarificationTalk talk = of(processInstanceId);
        String before = codes(talk);
        change.accept(talk);
        audit.recordChange(CaseId.of(talk.caseId()), user, "talk:" + talk.id(), before, codes(talk), LEGAL_BASIS,
                "clarification:" + what);
        return talk;
    }

    private ClarificationTalk of(String processInstanceId) {
        return talks.findByProcessInstanceId(processInstanceId).orElseThrow(() -> new NotFoundException("talk"));
    }

    /** Codes only: never a text, a place or a name. */
    private static String codes(ClarificationTalk t) {
        return "status=" + t.status() + ";conductor=" + t.conductorService() + ";attendance="
                + (t.attendanceBasis() == null ? "NONE" : t.attendanceBasis()) + ";invitations=" + t.invitations()
                + (t.assessment() == null ? "" : ";assessment=" + t.assessment());
    }
}
