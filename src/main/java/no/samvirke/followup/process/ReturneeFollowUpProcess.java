package no.samvirke.followup.process;

import java.util.Date;
import java.util.List;
import no.samvirke.followup.ParticipatingService;
import no.samvirke.platform.ProcessVariable;

/** The contract of processes/returnee-follow-up.bpmn: key, element ids and typed variables. */
public final class ReturneeFollowUpProcess {

    public static final String KEY = "returnee_follow_up";

    public static final String USER_MAKE_PLAN = "user_make_returnee_plan";
    /** One per participating service (multi-instance over {@link Vars#SERVICE_COUNT}). */
    public static final String USER_SERVICE_PART = "user_service_part";
    /**
     * Calls processes/clarification-talk.bpmn (tiltak 33) for the case, in the RETURNEE context: the police
     * and PST decide who conducts it; outputs {@link Vars#TALK_OUTCOME} only (the police's assessment stays
     * in the talk record).
     */
    public static final String CALL_CLARIFICATION_TALK = "call_clarification_talk";
    public static final String USER_PROSECUTION_ASSESSMENT = "user_prosecution_assessment";
    public static final String USER_REINTEGRATION_MEASURES = "user_reintegration_measures";
    public static final String USER_REVIEW = "user_review_returnee_plan";
    public static final String TIMER_NEXT_REVIEW = "timer_returnee_next_review";
    public static final String END_CLOSED = "end_returnee_plan_closed";

    // Typed variables besides FollowUpVars (ADR 0027); names in Vars.
    public static final ProcessVariable<String> POLICE_GROUP = ProcessVariable.string(Vars.POLICE_GROUP);
    public static final ProcessVariable<String> PROSECUTION_GROUPS = ProcessVariable.string(Vars.PROSECUTION_GROUPS);
    public static final ProcessVariable<Date> PLAN_DUE = ProcessVariable.date(Vars.PLAN_DUE);
    public static final ProcessVariable<List<String>> PLAN_SERVICES = ProcessVariable.commaSeparated(Vars.PLAN_SERVICES);
    public static final ProcessVariable<List<String>> PLAN_DEADLINES = ProcessVariable.commaSeparated(Vars.PLAN_DEADLINES);
    /** Transient: the multi-instance's collection, one deadline per service task (set by its incoming flow). */
    public static final ProcessVariable<List<String>> SERVICE_DEADLINES = ProcessVariable.transientList(Vars.SERVICE_DEADLINES);
    /** The multi-instance's element: this service task's deadline (an ISO date-time), read by its overdue timer. */
    public static final ProcessVariable<String> SERVICE_DEADLINE = ProcessVariable.string(Vars.SERVICE_DEADLINE);
    /** The engine's own counter of the multi-instance {@link #USER_SERVICE_PART}: 0 for the plan's first service. */
    public static final ProcessVariable<Integer> LOOP_COUNTER = ProcessVariable.integer(Vars.LOOP_COUNTER);
    public static final ProcessVariable<ParticipatingService> PLAN_SERVICE =
            ProcessVariable.enumeration(Vars.PLAN_SERVICE, ParticipatingService.class);
    public static final ProcessVariable<String> SERVICE_GROUPS = ProcessVariable.string(Vars.SERVICE_GROUPS);
    public static final ProcessVariable<Date> SERVICE_DUE = ProcessVariable.date(Vars.SERVICE_DUE);
    /** The clarification talk's outcome name (HELD, DECLINED, NO_ANSWER), read through {@link TalkOutcome#of}. */
    public static final ProcessVariable<String> TALK_OUTCOME = ProcessVariable.string(Vars.TALK_OUTCOME);

    /** Process variable names besides {@link FollowUpVars}: ids, dates and routing flags only. */
    public static final class Vars {
        public static final String POLICE_GROUP = "policeGroup";
        /** The police district and PST (comma-separated). */
        public static final String PROSECUTION_GROUPS = "prosecutionGroups";
        /** Transient: the plan task's due date, read when the task is created in the start transaction. */
        public static final String PLAN_DUE = "planDue";
        /** The plan's services, comma-separated {@code ParticipatingService} names, in plan order. */
        public static final String PLAN_SERVICES = "planServices";
        /**
         * The services' deadlines in the same order, comma-separated: the end of each deadline day as an
         * ISO date-time with offset (2026-05-15T23:59:59+02:00); each task's start listener picks its own.
         */
        public static final String PLAN_DEADLINES = "planDeadlines";
        public static final String SERVICE_COUNT = "serviceCount";
        /** Transient: {@link #PLAN_DEADLINES} as the multi-instance's collection. */
        public static final String SERVICE_DEADLINES = "serviceDeadlines";
        /**
         * Local to one service task, set by the engine from {@link #SERVICE_DEADLINES} before the task's
         * overdue timer is created (which happens before any start listener runs).
         */
        public static final String SERVICE_DEADLINE = "serviceDeadline";
        /** Local to one service task: its service, candidate groups and deadline. */
        public static final String PLAN_SERVICE = "planService";
        public static final String SERVICE_GROUPS = "serviceGroups";
        /** Transient: the service task's due date, read when the task is created. */
        public static final String SERVICE_DUE = "serviceDue";
        /** The engine's multi-instance counter. */
        public static final String LOOP_COUNTER = "loopCounter";
        /** Out of the clarification talk: HELD, DECLINED or NO_ANSWER, recorded in the plan by its end listener. */
        public static final String TALK_OUTCOME = "talkOutcome";

        /** Every variable the process may ever keep (multi-instance counters included): the allow-list of ADR 0023. */
        public static final List<String> ALL = List.of(FollowUpVars.CASE_ID.name(), FollowUpVars.MUNICIPALITY_CODE.name(),
                FollowUpVars.NOTIFICATION_ID.name(), FollowUpVars.SLT_GROUP.name(), FollowUpVars.FOLLOW_UP_GROUPS.name(),
                FollowUpVars.NEXT_REVIEW_DUE.name(), FollowUpVars.CLOSE_FOLLOW_UP.name(), POLICE_GROUP, PROSECUTION_GROUPS,
                PLAN_SERVICES, PLAN_DEADLINES, SERVICE_COUNT, SERVICE_DEADLINE, PLAN_SERVICE, SERVICE_GROUPS, TALK_OUTCOME,
                LOOP_COUNTER, "nrOfInstances", "nrOfActiveInstances", "nrOfCompletedInstances");

        private Vars() {
        }
    }

    /** How the plan records the talk's outcome (from {@link Vars#TALK_OUTCOME}: HELD, DECLINED, NO_ANSWER). */
    public enum TalkOutcome {
        TALK_HELD, TALK_DECLINED, TALK_NO_ANSWER;

        public static TalkOutcome of(String clarificationOutcome) {
            return valueOf("TALK_" + clarificationOutcome);
        }
    }

    private ReturneeFollowUpProcess() {
    }
}
