package no.samvirke.clarification.tasks;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import no.samvirke.clarification.internal.ClarificationTalk;
import no.samvirke.clarification.internal.ClarificationTalkRepository;
import no.samvirke.identity.CurrentUser;
import no.samvirke.inbox.InboxTask;
import no.samvirke.inbox.TaskFormHandler;
import no.samvirke.inbox.TaskFormInput;
import no.samvirke.inbox.TaskFormView;
import no.samvirke.platform.CaseId;
import no.samvirke.platform.NotFoundException;
import no.samvirke.platform.WorkingDays;
import no.samvirke.sharing.CaseViews;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What every task form of the clarification talk does: shows the talk's state (codes and dates)
 * and the case as sharing lets the user see it, then validates the input, records it and hands routing values back to the
 * inbox, which completes the task in the same transaction.
 */
abstract class TalkTaskForm implements TaskFormHandler {

    /** The collaborators every form needs, in one bean so that the forms stay small. */
    @Component
    static class Support {
        final ClarificationTalkRepository talks;
        final CaseViews caseViews;
        final Clock clock;

        Support(ClarificationTalkRepository talks, CaseViews caseViews, Clock clock) {
            this.talks = talks;
            this.caseViews = caseViews;
            this.clock = clock;
        }
    }

    private final Support support;
    private final String taskKey;
    private final String fragment;

    TalkTaskForm(Support support, String taskKey, String fragment) {
        this.support = support;
        this.taskKey = taskKey;
        this.fragment = fragment;
    }

    @Override
    public boolean handles(String taskDefinitionKey) {
        return taskKey.equals(taskDefinitionKey);
    }

    /** Choices and other model entries of the form. */
    abstract Map<String, Object> formModel(ClarificationTalk talk);

    /** Reads and checks the input; problems are collected in {@code input}, nothing is stored. */
    abstract Runnable read(TaskFormInput input, ClarificationTalk talk, InboxTask task, CurrentUser user);

    /** The process variables (codes and dates only) for a valid entry. */
    abstract Map<String, Object> variables(TaskFormInput input, ClarificationTalk talk);

    @Override
    @Transactional(readOnly = true)
    public TaskFormView view(InboxTask task, CurrentUser user) {
        ClarificationTalk talk = talkOf(task);
        Map<String, Object> model = new HashMap<>(formModel(talk));
        model.put("talk", TalkState.of(talk));
        // Whom to invite: the case as sharing lets this user see it (audited); nothing for those outside its gate.
        support.caseViews.view(CaseId.of(talk.caseId()), user, "task:" + taskKey).ifPresent(view -> {
            model.put("caseView", view);
            model.put("registeredOn", view.summary().registeredAt().atZone(WorkingDays.OSLO).toLocalDate());
        });
        return new TaskFormView("clarification/tasks :: " + fragment, model);
    }

    @Override
    @Transactional
    public Map<String, Object> complete(InboxTask task, Map<String, Object> values, CurrentUser user) {
        ClarificationTalk talk = talkOf(task);
        TaskFormInput input = new TaskFormInput(values, support.clock, "clarification.error").firstOfRepeated();
        Runnable store = read(input, talk, task, user);
        input.throwIfInvalid();
        store.run();
        return variables(input, talk);
    }

    private ClarificationTalk talkOf(InboxTask task) {
        return support.talks.findByProcessInstanceId(task.processInstanceId()).orElseThrow(() -> new NotFoundException("talk"));
    }
}
