package no.samvirke.review.process;

import java.util.Date;
import java.util.List;
import java.util.Map;
import no.samvirke.platform.CaseId;
import no.samvirke.platform.ProcessVariable;

/** The contract of processes/concern-handling.bpmn: key, element ids, messages and typed variables. */
public final class ConcernProcess {

    public static final String KEY = "concern_handling";

    // User tasks
    public static final String USER_ACUTE_POLICE_ALERT = "user_acute_police_alert";
    public static final String USER_SCREEN_CONCERN = "user_screen_concern";
    public static final String USER_REVIEW_CONCERN = "user_review_concern";
    public static final String USER_CONFIRM_CLOSED_6M = "user_confirm_closed_6m";
    public static final String USER_CONFIRM_CLOSED_12M = "user_confirm_closed_12m";
    public static final String USER_RECEIVE_SERIOUS_REFERRAL = "user_receive_serious_referral";

    /** Call activity: processes/clarification-talk.bpmn (clarification module), business key = case id. */
    public static final String CALL_CLARIFICATION_TALK = "call_clarification_talk";

    // Service tasks, timers and ends
    public static final String SERVICE_PREPARE_CASE = "service_prepare_case";
    public static final String SERVICE_ESCALATE_SCREENING = "service_escalate_screening";
    public static final String SERVICE_ESCALATE_REVIEW = "service_escalate_review";
    public static final String SERVICE_ROUTE_TO_ORDINARY_SERVICES = "service_route_to_ordinary_services";
    public static final String SERVICE_START_ASSESSMENT = "service_start_assessment";
    public static final String SERVICE_CLOSE_CASE = "service_close_case";
    public static final String SERVICE_CLOSE_FORWARDED_CASE = "service_close_forwarded_case";
    public static final String SERVICE_CHECK_CONTACT_HOLD = "service_check_contact_hold";
    public static final String GATEWAY_WAIT_CONTACT_HOLD = "gateway_wait_contact_hold";
    public static final String TIMER_CONTACT_HOLD_EXPIRED = "timer_contact_hold_expired";
    public static final String MESSAGE_CONTACT_HOLD_RELEASED = "message_contact_hold_released";
    public static final String TIMER_SCREENING_OVERDUE = "timer_screening_overdue";
    public static final String TIMER_REVIEW_OVERDUE = "timer_review_overdue";
    public static final String TIMER_FIRST_CLOSED_REVIEW = "timer_first_closed_review";
    public static final String TIMER_SECOND_CLOSED_REVIEW = "timer_second_closed_review";
    public static final String TIMER_FOLLOW_UP_REVIEW = "timer_follow_up_review";
    public static final String END_ACUTE_ALERT_HANDLED = "end_acute_alert_handled";
    public static final String END_NO_ACUTE_DANGER = "end_no_acute_danger";
    public static final String END_SCREENING_ESCALATED = "end_screening_escalated";
    public static final String END_REVIEW_ESCALATED = "end_review_escalated";
    public static final String END_ROUTED_TO_ORDINARY_SERVICES = "end_routed_to_ordinary_services";
    public static final String END_CASE_CLOSED = "end_case_closed";
    public static final String END_CASE_FORWARDED = "end_case_forwarded";

    /** Messages the process waits for (correlated by business key = case id). */
    public static final class Messages {
        /** PST released the "do not contact the family" hold (the family follow-up waits for it too). */
        public static final String CONTACT_HOLD_RELEASED = "contact_hold_released";

        private Messages() {
        }
    }

    /** Which user task each escalation service task escalates. */
    static final Map<String, String> ESCALATED_TASK = Map.of(
            SERVICE_ESCALATE_SCREENING, USER_SCREEN_CONCERN,
            SERVICE_ESCALATE_REVIEW, USER_REVIEW_CONCERN);

    // Typed variables (ADR 0027): what the delegates and the start read and write; names in Vars.
    public static final ProcessVariable<CaseId> CASE_ID = ProcessVariable.caseId();
    public static final ProcessVariable<String> MUNICIPALITY_CODE = ProcessVariable.string(Vars.MUNICIPALITY_CODE);
    public static final ProcessVariable<Boolean> ACUTE_DANGER = ProcessVariable.bool(Vars.ACUTE_DANGER);
    public static final ProcessVariable<String> SLT_GROUP = ProcessVariable.string(Vars.SLT_GROUP);
    public static final ProcessVariable<String> KJERNEGRUPPE_GROUP = ProcessVariable.string(Vars.KJERNEGRUPPE_GROUP);
    public static final ProcessVariable<String> POLICE_GROUP = ProcessVariable.string(Vars.POLICE_GROUP);
    public static final ProcessVariable<Date> SCREENING_DUE = ProcessVariable.date(Vars.SCREENING_DUE);
    public static final ProcessVariable<Date> REVIEW_DUE = ProcessVariable.date(Vars.REVIEW_DUE);
    public static final ProcessVariable<Date> ACUTE_ALERT_DUE = ProcessVariable.date(Vars.ACUTE_ALERT_DUE);
    public static final ProcessVariable<String> REVIEW_GROUPS = ProcessVariable.string(Vars.REVIEW_GROUPS);

    /** Process variable names: ids, groups, timer dates and routing flags only (ADR 0023). */
    public static final class Vars {
        /** The case id (also the business key), under the one name every process uses. */
        public static final String CASE_ID = CaseId.VARIABLE;
        public static final String MUNICIPALITY_CODE = "municipalityCode";
        /** Transient at the start: routes gateway_acute_danger, never stored (the concern records it). */
        public static final String ACUTE_DANGER = "acuteDanger";
        public static final String SLT_GROUP = "sltGroup";
        public static final String KJERNEGRUPPE_GROUP = "kjernegruppeGroup";
        public static final String POLICE_GROUP = "policeGroup";
        public static final String SCREENING_DUE = "screeningDue";
        public static final String REVIEW_DUE = "reviewDue";
        /** Transient: the acute alert task's due date, read when the task is created in the start transaction. */
        public static final String ACUTE_ALERT_DUE = "acuteAlertDue";
        public static final String IN_SCOPE = "inScope";
        /** Transient on completing the review: routes gateway_decision, never stored (the timeline records it). */
        public static final String DECISION = "decision";
        public static final String FOLLOW_UP_REVIEW_DATE = "followUpReviewDate";
        public static final String REOPEN = "reopen";
        /** Candidate groups of {@code user_review_concern} (comma-separated), set by {@code routeReviewDelegate}. */
        public static final String REVIEW_GROUPS = "reviewGroups";
        /**
         * Routing flag: PST's "do not contact the family" hold is active (no reason, ever). Set, with
         * {@link #CONTACT_HOLD_UNTIL}, by sharing's contact-hold check ({@code checkContactHoldDelegate}).
         */
        public static final String CONTACT_HOLD = "contactHold";
        /** Date: when the active hold ends by itself; the process re-checks then. */
        public static final String CONTACT_HOLD_UNTIL = "contactHoldUntil";

        /** Every variable the process may ever keep (runtime and history): the allow-list of ADR 0023. */
        public static final List<String> ALL = List.of(CASE_ID, MUNICIPALITY_CODE, SLT_GROUP, KJERNEGRUPPE_GROUP,
                POLICE_GROUP, SCREENING_DUE, REVIEW_DUE, IN_SCOPE, FOLLOW_UP_REVIEW_DATE, REOPEN,
                REVIEW_GROUPS, CONTACT_HOLD, CONTACT_HOLD_UNTIL);

        private Vars() {
        }
    }

    /** The values of {@link Vars#DECISION}. */
    public enum Decision {
        CLOSE, FOLLOW_UP, CLARIFICATION_TALK, FORWARD_SERIOUS
    }

    private ConcernProcess() {
    }
}
