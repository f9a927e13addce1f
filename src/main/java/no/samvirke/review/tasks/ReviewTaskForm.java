package no.samvirke.review.tasks;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import no.samvirke.identity.CurrentUser;
import no.samvirke.inbox.InboxTask;
import no.samvirke.inbox.TaskFormHandler;
import no.samvirke.inbox.TaskFormInput;
import no.samvirke.inbox.TaskFormView;
import no.samvirke.platform.CaseId;
import no.samvirke.platform.NotFoundException;
import no.samvirke.platform.WorkingDays;
import no.samvirke.review.CaseTimeline;
import no.samvirke.review.internal.Recorded;
import no.samvirke.review.internal.TimelineRecorder;
import no.samvirke.sharing.CaseConfidentiality;
import no.samvirke.sharing.CaseView;
import no.samvirke.sharing.CaseViews;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What every review task form does: shows the case as sharing allows and the timeline, then
 * validates, records the entry and hands the routing variables back to the inbox.
 */
abstract class ReviewTaskForm implements TaskFormHandler {

    /** The collaborators every form needs, in one bean so that the forms stay small. */
    @Component
    static class Support {
        final CaseViews caseViews;
        final CaseTimeline timeline;
        final TimelineRecorder recorder;
        final Clock clock;
        final CaseConfidentiality confidentiality;
        final IdentifyingTextWarning identifying;

        Support(CaseViews caseViews, CaseTimeline timeline, TimelineRecorder recorder, Clock clock,
                CaseConfidentiality confidentiality, IdentifyingTextWarning identifying) {
            this.caseViews = caseViews;
            this.timeline = timeline;
            this.recorder = recorder;
            this.clock = clock;
            this.confidentiality = confidentiality;
            this.identifying = identifying;
        }
    }

    private final Support support;

    ReviewTaskForm(Support support) {
        this.support = support;
    }

    /** The fragment in templates/review/tasks.html. */
    abstract String fragment();

    /** Reads and checks the input; problems are collected in {@code input}. */
    abstract Recorded read(TaskFormInput input, String taskKey);

    /** Reads and checks the input knowing the task (its case); by default as {@link #read(TaskFormInput, String)}. */
    Recorded read(TaskFormInput input, InboxTask task) {
        return read(input, task.taskDefinitionKey());
    }

    /** The process variables (routing flags only) for a valid entry. */
    abstract Map<String, Object> variables(Recorded recorded);

    Map<String, Object> formModel() {
        return Map.of();
    }

    /** True when this entry itself chooses an anonymised discussion (the screening). */
    boolean choosesAnonymisedDiscussion(Recorded recorded) {
        return false;
    }

    /** After the entry is stored, in the same transaction. */
    void recorded(InboxTask task, Recorded recorded, CurrentUser user) {
    }

    /** After the entry is stored, with the (valid) input; by default {@link #recorded(InboxTask, Recorded, CurrentUser)}. */
    void recorded(InboxTask task, Recorded recorded, TaskFormInput input, CurrentUser user) {
        recorded(task, recorded, user);
    }

    CaseConfidentiality confidentiality() {
        return support.confidentiality;
    }

    @Override
    public TaskFormView view(InboxTask task, CurrentUser user) {
        String purpose = "task:" + task.taskDefinitionKey();
        CaseView view = support.caseViews.view(CaseId.of(task.caseId()), user, purpose)
                .orElseThrow(() -> new NotFoundException("case"));
        Map<String, Object> model = new HashMap<>(formModel());
        model.put("caseView", view);
        model.put("registeredOn", view.summary().registeredAt().atZone(WorkingDays.OSLO).toLocalDate());
        boolean member = user.isKjernegruppeMemberOf(view.summary().municipalityCode());
        if (member) {
            support.timeline.read(CaseId.of(task.caseId()), user, purpose).ifPresent(entries -> model.put("timeline", entries));
        }
        return new TaskFormView("review/tasks :: " + fragment(), model);
    }

    @Override
    @Transactional
    public Map<String, Object> complete(InboxTask task, Map<String, Object> input, CurrentUser user) {
        TaskFormInput form = new TaskFormInput(input, support.clock, "review.error");
        Recorded recorded = read(form, task);
        form.throwIfInvalid();
        support.identifying.check(task.caseId(), IdentifyingTextWarning.texts("reasons", recorded.reasons(),
                "measures", recorded.measures()), choosesAnonymisedDiscussion(recorded),
                form.isTrue(IdentifyingTextWarning.CONFIRM_FIELD));
        support.recorder.recordTask(task, user, support.clock.instant(), recorded);
        recorded(task, recorded, form, user);
        return variables(recorded);
    }
}
