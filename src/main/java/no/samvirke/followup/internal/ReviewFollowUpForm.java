package no.samvirke.followup.internal;

import java.util.Map;
import java.util.Set;
import no.samvirke.followup.process.FamilyFollowUpProcess;
import no.samvirke.followup.process.FollowUpVars;
import no.samvirke.followup.process.ReturneeFollowUpProcess;
import no.samvirke.inbox.InboxTask;
import org.springframework.stereotype.Component;

/** The periodic review of a family follow-up or a returnee plan: go on, or close. */
@Component
class ReviewFollowUpForm extends FollowUpTaskForm {

    private static final Set<String> KEYS = Set.of(FamilyFollowUpProcess.USER_REVIEW, ReturneeFollowUpProcess.USER_REVIEW);

    ReviewFollowUpForm(Support support) {
        super(support);
    }

    @Override
    public boolean handles(String taskDefinitionKey) {
        return KEYS.contains(taskDefinitionKey);
    }

    @Override
    String fragment() {
        return "review";
    }

    @Override
    Step read(FormInput input, InboxTask task) {
        Boolean close = input.bool("closeFollowUp");
        String note = input.note();
        return Step.of(Boolean.TRUE.equals(close) ? "FOLLOW_UP_CLOSED" : "FOLLOW_UP_CONTINUES", note,
                close == null ? Map.of() : Map.of(FollowUpVars.CLOSE_FOLLOW_UP, close));
    }
}
