package no.samvirke.followup.tasks;

import java.util.Map;
import java.util.Set;
import no.samvirke.followup.process.FamilyFollowUpProcess;
import no.samvirke.followup.process.FollowUpVars;
import no.samvirke.followup.process.ReturneeFollowUpProcess;
import no.samvirke.inbox.InboxTask;
import no.samvirke.inbox.TaskFormInput;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A form that asks one yes/no question and a note; the answer is the routing flag of the same
 * name, and the timeline gets the yes- or no-outcome.
 */
class YesNoForm extends FollowUpTaskForm {

    private final Set<String> keys;
    private final String field;
    private final String yes;
    private final String no;

    YesNoForm(Support support, Set<String> keys, String field, String yes, String no) {
        super(support);
        this.keys = keys;
        this.field = field;
        this.yes = yes;
        this.no = no;
    }

    @Override
    public boolean handles(String taskDefinitionKey) {
        return keys.contains(taskDefinitionKey);
    }

    @Override
    String fragment() {
        return "yesNoStep('" + field + "')";
    }

    @Override
    Step read(TaskFormInput input, InboxTask task) {
        Boolean answer = input.bool(field);
        String note = note(input);
        return Step.of(Boolean.TRUE.equals(answer) ? yes : no, note, answer == null ? Map.of() : Map.of(field, answer));
    }

    /** The yes/no forms of the follow-up processes. */
    @Configuration
    static class Forms {

        /** The SLT coordinator records whether the family was reached (tiltak 30). */
        @Bean
        YesNoForm contactFamilyForm(Support support) {
            return new YesNoForm(support, Set.of(FamilyFollowUpProcess.USER_CONTACT_FAMILY),
                    FamilyFollowUpProcess.Vars.CONTACT_MADE, "CONTACT_MADE", "CONTACT_NOT_MADE");
        }

        /** The SLT coordinator records whether the family took up the offer of follow-up (tiltak 31). */
        @Bean
        YesNoForm offerFollowUpForm(Support support) {
            return new YesNoForm(support, Set.of(FamilyFollowUpProcess.USER_OFFER_FOLLOW_UP),
                    FamilyFollowUpProcess.Vars.OFFER_ACCEPTED, "OFFER_ACCEPTED", "OFFER_DECLINED");
        }

        /** The periodic review of a family follow-up or a returnee plan: go on, or close. */
        @Bean
        YesNoForm reviewFollowUpForm(Support support) {
            return new YesNoForm(support, Set.of(FamilyFollowUpProcess.USER_REVIEW, ReturneeFollowUpProcess.USER_REVIEW),
                    FollowUpVars.CLOSE_FOLLOW_UP.name(), "FOLLOW_UP_CLOSED", "FOLLOW_UP_CONTINUES");
        }
    }
}
