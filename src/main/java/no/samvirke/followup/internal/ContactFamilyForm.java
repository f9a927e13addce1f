package no.samvirke.followup.internal;

import java.util.Map;
import no.samvirke.followup.process.FamilyFollowUpProcess;
import no.samvirke.inbox.InboxTask;
import org.springframework.stereotype.Component;

/** The SLT coordinator records whether the family was reached (tiltak 30). */
@Component
class ContactFamilyForm extends FollowUpTaskForm {

    ContactFamilyForm(Support support) {
        super(support);
    }

    @Override
    public boolean handles(String taskDefinitionKey) {
        return FamilyFollowUpProcess.USER_CONTACT_FAMILY.equals(taskDefinitionKey);
    }

    @Override
    String fragment() {
        return "contactFamily";
    }

    @Override
    Step read(FormInput input, InboxTask task) {
        Boolean made = input.bool("contactMade");
        String note = input.note();
        return Step.of(Boolean.TRUE.equals(made) ? "CONTACT_MADE" : "CONTACT_NOT_MADE", note,
                made == null ? Map.of() : Map.of(FamilyFollowUpProcess.Vars.CONTACT_MADE, made));
    }
}
