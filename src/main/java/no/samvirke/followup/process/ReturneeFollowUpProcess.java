package no.samvirke.followup.process;

import java.util.List;

/** The contract of processes/returnee-follow-up.bpmn: key, element ids and variable names. */
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

    /** Process variables besides {@link FollowUpVars}: ids, dates and routing flags only. */
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
         * ISO date-time with offset (2026-05-15T23:59:59+02:00), read by each task's overdue timer.
         */
        public static final String PLAN_DEADLINES = "planDeadlines";
        public static final String SERVICE_COUNT = "serviceCount";
        /** Local to one service task: its service, candidate groups and deadline. */
        public static final String PLAN_SERVICE = "planService";
        public static final String SERVICE_GROUPS = "serviceGroups";
        /** Transient: the service task's due date, read when the task is created. */
        public static final String SERVICE_DUE = "serviceDue";
        /** Out of the clarification talk: HELD, DECLINED or NO_ANSWER, recorded in the plan by its end listener. */
        public static final String TALK_OUTCOME = "talkOutcome";

        /** Every variable the process may ever keep (multi-instance counters included): the allow-list of ADR 0023. */
        public static final List<String> ALL = List.of(FollowUpVars.CASE_ID, FollowUpVars.MUNICIPALITY_CODE,
                FollowUpVars.NOTIFICATION_ID, FollowUpVars.SLT_GROUP, FollowUpVars.FOLLOW_UP_GROUPS,
                FollowUpVars.NEXT_REVIEW_DUE, FollowUpVars.CLOSE_FOLLOW_UP, POLICE_GROUP, PROSECUTION_GROUPS,
                PLAN_SERVICES, PLAN_DEADLINES, SERVICE_COUNT, PLAN_SERVICE, SERVICE_GROUPS, TALK_OUTCOME,
                "loopCounter", "nrOfInstances", "nrOfActiveInstances", "nrOfCompletedInstances");

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
