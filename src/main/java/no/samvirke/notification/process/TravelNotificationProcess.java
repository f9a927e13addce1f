package no.samvirke.notification.process;

import java.util.Date;
import java.util.List;
import java.util.UUID;
import no.samvirke.platform.ProcessVariable;

/** The contract of processes/travel-notification.bpmn: key, element ids and typed variables. */
public final class TravelNotificationProcess {

    public static final String KEY = "travel_notification";

    public static final String START_NOTIFICATION_RECORDED = "start_notification_recorded";
    public static final String GATEWAY_TYPE = "gateway_notification_type";
    public static final String EVENT_OUTBOUND_TRAVEL = "event_outbound_travel";
    public static final String EVENT_RETURN = "event_return";
    public static final String EVENT_DEATH = "event_death";
    public static final String GATEWAY_ORIGIN = "gateway_origin";
    public static final String SERVICE_MUNICIPALITY_LEARNED_FIRST = "service_municipality_learned_first";
    public static final String SERVICE_SEND_HANDOFF = "service_send_handoff";
    public static final String USER_ACKNOWLEDGE_HANDOFF = "user_acknowledge_handoff";
    public static final String TIMER_FIRST_ESCALATION = "timer_first_escalation";
    public static final String TIMER_SECOND_ESCALATION = "timer_second_escalation";
    public static final String SERVICE_ESCALATE_TO_DEPUTY = "service_escalate_to_deputy";
    public static final String SERVICE_ESCALATE_TO_LEADER = "service_escalate_to_leader";
    public static final String GATEWAY_NEXT_STEP = "gateway_next_step";
    public static final String USER_HARM_ASSESSMENT = "user_harm_assessment";
    public static final String GATEWAY_HARM_CLEARED = "gateway_harm_cleared";
    public static final String SERVICE_REACHED_MUNICIPALITY = "service_reached_municipality";
    public static final String END_MUNICIPALITY_INFORMED = "end_municipality_informed";
    public static final String END_POLICE_AND_PST_INFORMED = "end_police_and_pst_informed";
    public static final String END_WITHHELD = "end_withheld_from_municipality";
    public static final String END_ESCALATED_TO_DEPUTY = "end_escalated_to_deputy";
    public static final String END_ESCALATED_TO_LEADER = "end_escalated_to_leader";

    // Typed variables (ADR 0027): what the delegates read and write; names in Vars.
    public static final ProcessVariable<UUID> HANDOFF_ID = ProcessVariable.uuid(Vars.HANDOFF_ID);
    public static final ProcessVariable<String> RECIPIENT_GROUP = ProcessVariable.string(Vars.RECIPIENT_GROUP);
    public static final ProcessVariable<Date> HANDOFF_DUE = ProcessVariable.date(Vars.HANDOFF_DUE);
    public static final ProcessVariable<Date> HANDOFF_LEADER_DUE = ProcessVariable.date(Vars.HANDOFF_LEADER_DUE);

    /** Process variable names: ids, groups, timer dates and routing codes only (ADR 0023). */
    public static final class Vars {
        public static final String NOTIFICATION_ID = "notificationId";
        /** Transient at the start: routes gateway_notification_type, never stored (the type is in our table). */
        public static final String NOTIFICATION_TYPE = "notificationType";
        /** Transient at the start: routes gateway_origin, never stored (who learned first is in our table). */
        public static final String ORIGIN_AGENCY = "originAgency";
        /** Who assesses harm before the municipality is told: PST's group, or the police district's. */
        public static final String ORIGIN_GROUP = "originGroup";
        public static final String HANDOFF_ID = "handoffId";
        public static final String RECIPIENT_GROUP = "recipientGroup";
        /** Date: the receipt is due; the handoff escalates to the recipient's deputies then. */
        public static final String HANDOFF_DUE = "handoffDue";
        /** Date: still no receipt; the handoff escalates to the recipient's leaders. */
        public static final String HANDOFF_LEADER_DUE = "handoffLeaderDue";
        /** {@link Step} name, set when a handoff is acknowledged. */
        public static final String NEXT_STEP = "nextStep";
        /** Routing flag from the harm assessment task: the municipality may be told now. */
        public static final String HARM_CLEARED = "harmCleared";

        /** Every variable the process may ever keep (runtime and history): the allow-list of ADR 0023. */
        public static final List<String> ALL = List.of(NOTIFICATION_ID, ORIGIN_GROUP, HANDOFF_ID, RECIPIENT_GROUP,
                HANDOFF_DUE, HANDOFF_LEADER_DUE, NEXT_STEP, HARM_CLEARED);

        private Vars() {
        }
    }

    /** What follows an acknowledged handoff. */
    public enum Step {
        HANDOFF, HARM_ASSESSMENT, REACHED_MUNICIPALITY, DONE
    }

    private TravelNotificationProcess() {
    }
}
