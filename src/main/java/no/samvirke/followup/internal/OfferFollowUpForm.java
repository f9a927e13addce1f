package no.samvirke.followup.internal;

import java.util.Map;
import no.samvirke.followup.process.FamilyFollowUpProcess;
import no.samvirke.inbox.InboxTask;
import org.springframework.stereotype.Component;

/** The SLT coordinator records whether the family took up the offer of follow-up (tiltak 31). */
@Component
class OfferFollowUpForm extends FollowUpTaskForm {

    OfferFollowUpForm(Support support) {
        super(support);
    }

    @Override
    public boolean handles(String taskDefinitionKey) {
        return FamilyFollowUpProcess.USER_OFFER_FOLLOW_UP.equals(taskDefinitionKey);
    }

    @Override
    String fragment() {
        return "offerFollowUp";
    }

    @Override
    Step read(FormInput input, InboxTask task) {
        Boolean accepted = input.bool("offerAccepted");
        String note = input.note();
        return Step.of(Boolean.TRUE.equals(accepted) ? "OFFER_ACCEPTED" : "OFFER_DECLINED", note,
                accepted == null ? Map.of() : Map.of(FamilyFollowUpProcess.Vars.OFFER_ACCEPTED, accepted));
    }
}
