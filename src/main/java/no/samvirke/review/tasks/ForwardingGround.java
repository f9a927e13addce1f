package no.samvirke.review.tasks;

import java.util.List;
import java.util.UUID;
import no.samvirke.identity.CurrentUser;
import no.samvirke.inbox.TaskFormInput;
import no.samvirke.platform.CaseId;
import no.samvirke.platform.InvalidInputException;
import no.samvirke.sharing.CaseLegalGrounds;
import no.samvirke.sharing.LegalGround;
import org.springframework.stereotype.Component;

/**
 * The legal ground of a decision to forward a serious case to the police: chosen from
 * {@link LegalGround} (the list the disclosure table's inputs use), with a short justification,
 * and stored by sharing as a fact of the case, never as a process variable.
 */
@Component
class ForwardingGround {

    static final String GROUND = "legalGround";
    static final String JUSTIFICATION = "groundJustification";
    static final int MAX_JUSTIFICATION = 1000;

    private final CaseLegalGrounds grounds;

    ForwardingGround(CaseLegalGrounds grounds) {
        this.grounds = grounds;
    }

    /** The grounds offered on the form, in the table's order. */
    static List<LegalGround> choices() {
        return List.of(LegalGround.values());
    }

    /** Checks that a ground and a justification are given; problems are collected in {@code input}. */
    void read(TaskFormInput input) {
        if (input.text(GROUND, 60, false) == null) {
            input.require(false, GROUND, "review.error.groundRequired");
        } else {
            input.choice(GROUND, LegalGround.class);
        }
        input.text(JUSTIFICATION, MAX_JUSTIFICATION, true);
    }

    /** Stores the (valid) ground; a recipient of the information may not record the ground of its own access. */
    void record(UUID caseId, TaskFormInput input, CurrentUser user) {
        if (!grounds.mayRecord(CaseId.of(caseId), user)) {
            throw InvalidInputException.of(GROUND, "review.error.groundByRecipient");
        }
        grounds.recordForForwarding(CaseId.of(caseId), input.choice(GROUND, LegalGround.class),
                input.text(JUSTIFICATION, MAX_JUSTIFICATION, true), user);
    }
}
