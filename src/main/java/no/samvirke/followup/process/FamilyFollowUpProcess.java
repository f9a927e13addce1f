package no.samvirke.followup.process;

import java.util.Date;
import java.util.List;
import no.samvirke.platform.ProcessVariable;

/** The contract of processes/family-follow-up.bpmn: key, element ids, message and typed variables. */
public final class FamilyFollowUpProcess {

    public static final String KEY = "family_follow_up";

    public static final String USER_CONTACT_FAMILY = "user_contact_family";
    public static final String USER_OFFER_FOLLOW_UP = "user_offer_follow_up";
    public static final String USER_COORDINATE_SERVICES = "user_coordinate_services";
    public static final String USER_REVIEW = "user_review_family_follow_up";
    public static final String SERVICE_CHECK_CONTACT_HOLD = "service_check_family_contact_hold";
    public static final String GATEWAY_WAIT_CONTACT_HOLD = "gateway_family_wait_contact_hold";
    public static final String TIMER_CONTACT_HOLD_EXPIRED = "timer_family_contact_hold_expired";
    public static final String MESSAGE_CONTACT_HOLD_RELEASED = "message_family_contact_hold_released";
    public static final String TIMER_NEXT_REVIEW = "timer_family_next_review";
    public static final String END_FAMILY_NOT_REACHED = "end_family_not_reached";
    public static final String END_OFFER_DECLINED = "end_offer_declined";
    public static final String END_CLOSED = "end_follow_up_closed";

    /** Messages the process waits for (correlated by business key = case id). */
    public static final class Messages {
        /** PST released the "do not contact the family" hold: the same message as concern handling's (ADR 0027). */
        public static final String CONTACT_HOLD_RELEASED = "contact_hold_released";

        private Messages() {
        }
    }

    /** The two reasons to offer a family follow-up: the notification's type, read from its row (never a variable). */
    public enum Variant {
        OUTBOUND_TRAVEL, DEATH
    }

    // Typed variables besides FollowUpVars (ADR 0027); names in Vars.
    public static final ProcessVariable<Date> CONTACT_DUE = ProcessVariable.date(Vars.CONTACT_DUE);

    /** Process variable names besides {@link FollowUpVars}: dates and routing flags only (ADR 0023). */
    public static final class Vars {
        public static final String CONTACT_DUE = "contactDue";
        /** Set by sharing's contact-hold check ({@code checkContactHoldDelegate}), as in concern handling. */
        public static final String CONTACT_HOLD = "contactHold";
        public static final String CONTACT_HOLD_UNTIL = "contactHoldUntil";
        public static final String CONTACT_MADE = "contactMade";
        public static final String OFFER_ACCEPTED = "offerAccepted";

        /** Every variable the process may ever keep (runtime and history): the allow-list of ADR 0023. */
        public static final List<String> ALL = List.of(FollowUpVars.CASE_ID.name(),
                FollowUpVars.NOTIFICATION_ID.name(), FollowUpVars.SLT_GROUP.name(), FollowUpVars.FOLLOW_UP_GROUPS.name(),
                FollowUpVars.NEXT_REVIEW_DUE.name(), FollowUpVars.CLOSE_FOLLOW_UP.name(), CONTACT_DUE, CONTACT_HOLD,
                CONTACT_HOLD_UNTIL, CONTACT_MADE, OFFER_ACCEPTED);

        private Vars() {
        }
    }

    private FamilyFollowUpProcess() {
    }
}
