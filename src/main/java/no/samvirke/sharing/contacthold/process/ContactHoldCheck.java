package no.samvirke.sharing.contacthold.process;

import java.util.Date;
import no.samvirke.platform.ProcessVariable;

/**
 * The contract of the contact-hold check that processes/concern-handling.bpmn and
 * processes/family-follow-up.bpmn share before anyone contacts the family: a service task with
 * {@code delegateExpression="${checkContactHoldDelegate}"}, a gateway on {@link #CONTACT_HOLD},
 * and an event-based wait for the timer on {@link #CONTACT_HOLD_UNTIL} or the message
 * {@value #MESSAGE_RELEASED}. Only the flag and the date reach the engine, never the reason.
 */
public final class ContactHoldCheck {

    /** The bean the service tasks name. */
    public static final String DELEGATE = "checkContactHoldDelegate";
    /** PST released the hold: correlated by business key (the case id) to every process waiting for it. */
    public static final String MESSAGE_RELEASED = "contact_hold_released";

    /** Routing flag: PST's "do not contact the family" hold is active (no reason, ever). */
    public static final ProcessVariable<Boolean> CONTACT_HOLD = ProcessVariable.bool("contactHold");
    /** Date: when the active hold ends by itself; the process re-checks then. Unset without a hold. */
    public static final ProcessVariable<Date> CONTACT_HOLD_UNTIL = ProcessVariable.date("contactHoldUntil");

    private ContactHoldCheck() {
    }
}
