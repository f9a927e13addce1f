package no.samvirke.review.tasks;

import java.util.List;
import java.util.Map;
import no.samvirke.inbox.TaskFormInput;
import no.samvirke.platform.CaseId;
import no.samvirke.review.internal.Recorded;
import no.samvirke.review.process.ConcernProcess;
import no.samvirke.identity.CurrentUser;
import no.samvirke.inbox.InboxTask;
import no.samvirke.review.process.ConcernProcess.Vars;
import no.samvirke.anonymisation.AnonymisedDescriptions;
import no.samvirke.sharing.DiscussionMode;
import org.springframework.stereotype.Component;

/**
 * The SLT coordinator's screening: in scope or not, named or anonymised discussion, and why.
 * The discussion mode goes to sharing ({@code CaseConfidentiality}), where it limits every
 * kjernegruppe viewer to ANONYMISED until the case is converted.
 */
@Component
class ScreenConcernForm extends ReviewTaskForm {

    static final String IN_SCOPE = "IN_SCOPE";
    static final String NOT_IN_SCOPE = "NOT_IN_SCOPE";

    private final AnonymisedDescriptions anonymised;

    ScreenConcernForm(Support support, AnonymisedDescriptions anonymised) {
        super(support);
        this.anonymised = anonymised;
    }

    @Override
    public boolean handles(String taskDefinitionKey) {
        return ConcernProcess.USER_SCREEN_CONCERN.equals(taskDefinitionKey);
    }

    @Override
    String fragment() {
        return "screen";
    }

    @Override
    Map<String, Object> formModel() {
        return Map.of("discussionModes", List.of(DiscussionMode.values()));
    }

    @Override
    Recorded read(TaskFormInput input, String taskKey) {
        Boolean inScope = input.bool("inScope");
        DiscussionMode mode = input.choice("discussionMode", DiscussionMode.class);
        String reasons = input.text("reasons", TaskFormInput.MAX_TEXT, true);
        String outcome = Boolean.TRUE.equals(inScope) ? IN_SCOPE : NOT_IN_SCOPE;
        return new Recorded(outcome, reasons, mode == null ? null : mode.name(), null, null, null, null);
    }

    @Override
    boolean choosesAnonymisedDiscussion(Recorded recorded) {
        return DiscussionMode.ANONYMISED.name().equals(recorded.discussionMode());
    }

    /** Makes the discussion mode effective: sharing feeds it to the disclosure decision. */
    @Override
    void recorded(InboxTask task, Recorded recorded, CurrentUser user) {
        confidentiality().setDiscussionMode(CaseId.of(task.caseId()), DiscussionMode.valueOf(recorded.discussionMode()), user);
    }

    /**
     * The optional text for anonymised discussion (ADR 0021): checked and stored by sharing in this
     * transaction, so that a text it refuses leaves neither the screening nor the text stored.
     */
    @Override
    void recorded(InboxTask task, Recorded recorded, TaskFormInput input, CurrentUser user) {
        recorded(task, recorded, user);
        Object text = input.raw(AnonymisedDescriptions.FIELD);
        if (text != null && !text.toString().isBlank()) {
            anonymised.confirm(CaseId.of(task.caseId()), text.toString(), input.isTrue(AnonymisedDescriptions.CONFIRM_FIELD), user,
                    "task:" + task.taskDefinitionKey());
        }
    }

    @Override
    Map<String, Object> variables(Recorded recorded) {
        return Map.of(Vars.IN_SCOPE, IN_SCOPE.equals(recorded.outcome()));
    }
}
