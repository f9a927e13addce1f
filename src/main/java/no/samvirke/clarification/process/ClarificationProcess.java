package no.samvirke.clarification.process;

import java.util.Date;
import java.util.List;
import no.samvirke.platform.CaseId;
import no.samvirke.platform.ProcessVariable;

/** The contract of processes/clarification-talk.bpmn: key, element ids and typed variables. */
public final class ClarificationProcess {

    public static final String KEY = "clarification_talk";

    // User tasks
    public static final String USER_PLAN_RETURNEE_TALK = "user_plan_returnee_talk";
    public static final String USER_INVITE = "user_invite";
    public static final String USER_RECORD_ANSWER = "user_record_answer";
    public static final String USER_RECORD_NO_ANSWER = "user_record_no_answer";
    public static final String USER_RECORD_TALK = "user_record_talk";

    // Service tasks, gateways, timers and ends
    public static final String SERVICE_OPEN_TALK = "service_open_talk";
    public static final String SERVICE_REMIND_CONDUCTOR = "service_remind_conductor";
    public static final String TIMER_ANSWER_REMINDER = "timer_answer_reminder";
    public static final String TIMER_ANSWER_DEADLINE = "timer_answer_deadline";
    public static final String GATEWAY_MERGE_INVITE = "gateway_merge_invite";
    public static final String END_TALK_HELD = "end_talk_held";
    public static final String END_TALK_DECLINED = "end_talk_declined";
    public static final String END_TALK_NOT_ANSWERED = "end_talk_not_answered";
    public static final String END_ANSWER_DEADLINE_PASSED = "end_answer_deadline_passed";
    public static final String END_REMINDED = "end_reminded";

    // Typed variables (ADR 0027): what the delegates read and write; names in Vars.
    public static final ProcessVariable<CaseId> CASE_ID = ProcessVariable.caseId();
    public static final ProcessVariable<String> POLICE_GROUP = ProcessVariable.string(Vars.POLICE_GROUP);
    public static final ProcessVariable<TalkContext> TALK_CONTEXT = ProcessVariable.enumeration(Vars.TALK_CONTEXT,
            TalkContext.class);
    public static final ProcessVariable<String> PST_GROUP = ProcessVariable.string(Vars.PST_GROUP);
    public static final ProcessVariable<String> CONDUCTOR_GROUP = ProcessVariable.string(Vars.CONDUCTOR_GROUP);
    public static final ProcessVariable<Date> ANSWER_DUE = ProcessVariable.date(Vars.ANSWER_DUE);

    /** Process variable names: ids, groups, timer dates and routing codes only (ADR 0023). */
    public static final class Vars {
        // In, from the calling process
        public static final String CASE_ID = CaseId.VARIABLE;
        public static final String POLICE_GROUP = "policeGroup";
        /** {@link TalkContext} name: who asked for the talk. */
        public static final String TALK_CONTEXT = "talkContext";
        // Set inside
        public static final String PST_GROUP = "pstGroup";
        public static final String CONDUCTOR_GROUP = "conductorGroup";
        public static final String ANSWER_DUE = "answerDue";
        public static final String REMINDER_DUE = "reminderDue";
        public static final String ANSWER = "answer";
        /**
         * HELD, RESCHEDULED (routes gateway_talk_held), DECLINED or NO_ANSWER; out to the returnee plan, whose
         * listener records it. The police's assessment of a held talk stays in the talk record, never here.
         */
        public static final String TALK_OUTCOME = "talkOutcome";

        /** Every variable the process may ever keep (runtime and history): the allow-list of ADR 0023. */
        public static final List<String> ALL = List.of(CASE_ID, POLICE_GROUP, TALK_CONTEXT, PST_GROUP, CONDUCTOR_GROUP,
                ANSWER_DUE, REMINDER_DUE, ANSWER, TALK_OUTCOME);

        private Vars() {
        }
    }

    /** Who asked for the talk: concern handling (tiltak 22) or returnee follow-up (tiltak 33). */
    public enum TalkContext {
        CONCERN, RETURNEE
    }

    /** The values of {@link Vars#ANSWER}. */
    public enum Answer {
        ACCEPTED, DECLINED, NO_ANSWER
    }

    /** The values of {@link Vars#TALK_OUTCOME}. */
    public enum Outcome {
        HELD, RESCHEDULED, DECLINED, NO_ANSWER
    }

    private ClarificationProcess() {
    }
}
