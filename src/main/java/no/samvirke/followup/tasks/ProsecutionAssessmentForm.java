package no.samvirke.followup.tasks;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import no.samvirke.followup.process.ReturneeFollowUpProcess;
import no.samvirke.identity.Agency;
import no.samvirke.identity.CurrentUser;
import no.samvirke.inbox.InboxTask;
import no.samvirke.inbox.TaskFormInput;
import no.samvirke.platform.CaseId;
import no.samvirke.sharing.CaseInformation;
import no.samvirke.sharing.Grading;
import no.samvirke.sharing.InformationKind;
import no.samvirke.sharing.NewInformation;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The police or PST assess prosecution (tiltak 34, 39). The result and its reasons are sealed as
 * police/PST-only case information (sharing); this module keeps only "assessed", and the timeline
 * and the process get no more than that.
 */
@Component
class ProsecutionAssessmentForm extends FollowUpTaskForm {

    enum Result { PROSECUTION_RECOMMENDED, NO_PROSECUTION, FURTHER_INVESTIGATION }

    static final String ASSESSED = "PROSECUTION_ASSESSED";
    /** Room for the result's label in sharing's text limit. */
    static final int SEALED_MAX = 3800;
    private static final Locale BOKMAAL = Locale.forLanguageTag("nb");

    private final CaseInformation information;
    private final MessageSource messages;

    ProsecutionAssessmentForm(Support support, CaseInformation information, MessageSource messages) {
        super(support);
        this.information = information;
        this.messages = messages;
    }

    @Override
    public boolean handles(String taskDefinitionKey) {
        return ReturneeFollowUpProcess.USER_PROSECUTION_ASSESSMENT.equals(taskDefinitionKey);
    }

    @Override
    String fragment() {
        return "prosecution";
    }

    @Override
    Map<String, Object> formModel(InboxTask task) {
        return Map.of("results", List.of(Result.values()));
    }

    @Override
    Step read(TaskFormInput input, InboxTask task) {
        Result result = input.choice("result", Result.class);
        String reasons = note(input);
        input.require(reasons == null || reasons.length() <= SEALED_MAX, "note", "followup.error.tooLong");
        return new Step(ASSESSED, null, Map.of(),
                result == null ? null : messages.getMessage("followup.prosecution.result." + result, null, BOKMAAL)
                        + ". " + reasons);
    }

    @Override
    List<Step.Line> apply(Step step, InboxTask task, CurrentUser user) {
        InformationKind kind = user.agency() == Agency.PST ? InformationKind.PST_INFORMATION
                : InformationKind.POLICE_INFORMATION;
        UUID sealed = information.add(CaseId.of(task.caseId()),
                new NewInformation(kind, (String) step.details(), Grading.POLICE_PST_ONLY), user);
        return List.of(new Step.Line(null, null, sealed));
    }
}
