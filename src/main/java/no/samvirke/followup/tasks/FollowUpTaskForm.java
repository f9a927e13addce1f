package no.samvirke.followup.tasks;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.samvirke.followup.FollowUpStepRecorded;
import no.samvirke.followup.internal.FollowUpEntry;
import no.samvirke.followup.internal.FollowUpEntryRepository;
import no.samvirke.followup.process.FamilyFollowUpProcess.Variant;
import no.samvirke.followup.process.FollowUpVars;
import no.samvirke.identity.CurrentUser;
import no.samvirke.inbox.InboxTask;
import no.samvirke.inbox.TaskFormHandler;
import no.samvirke.inbox.TaskFormInput;
import no.samvirke.inbox.TaskFormView;
import no.samvirke.notification.NotificationTypes;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What every follow-up task form does: shows the case as sharing allows (nothing for a viewer the
 * gate refuses) and the plan's status, then validates, stores the step, tells the timeline and
 * hands the routing variables back to the inbox.
 */
abstract class FollowUpTaskForm implements TaskFormHandler {

    /** The collaborators every form needs, in one bean so that the forms stay small. */
    @Component
    static class Support {
        final CaseFacts caseFacts;
        final PlanStatusReader status;
        final FollowUpEntryRepository entries;
        final ApplicationEventPublisher events;
        final Clock clock;
        final RuntimeService runtime;
        final NotificationTypes notificationTypes;

        Support(CaseFacts caseFacts, PlanStatusReader status, FollowUpEntryRepository entries,
                ApplicationEventPublisher events, Clock clock, RuntimeService runtime,
                NotificationTypes notificationTypes) {
            this.runtime = runtime;
            this.notificationTypes = notificationTypes;
            this.caseFacts = caseFacts;
            this.status = status;
            this.entries = entries;
            this.events = events;
            this.clock = clock;
        }

        /** The notification whose routine started this follow-up (the process keeps its id). */
        UUID notificationId(InboxTask task) {
            return FollowUpVars.NOTIFICATION_ID.from(runtime, task.processInstanceId());
        }

        /**
         * Why the family is followed up (outbound travel or death), read from the notification's row by the
         * notification id the process keeps; nothing for the returnee plan. The engine keeps no such fact.
         */
        Optional<Variant> variant(InboxTask task) {
            UUID id = notificationId(task);
            return id == null ? Optional.empty() : notificationTypes.typeOf(id)
                    .flatMap(type -> switch (type) {
                        case OUTBOUND_TRAVEL -> Optional.of(Variant.OUTBOUND_TRAVEL);
                        case DEATH -> Optional.of(Variant.DEATH);
                        case RETURN -> Optional.<Variant>empty();
                    });
        }
    }

    final Support support;

    FollowUpTaskForm(Support support) {
        this.support = support;
    }

    /** The fragment in templates/followup/tasks.html. */
    abstract String fragment();

    /** Reads and checks the input; problems are collected in {@code input}. */
    abstract Step read(TaskFormInput input, InboxTask task);

    /** The required note of every form (free text, to the case timeline through sharing). */
    static String note(TaskFormInput input) {
        return input.text("note", TaskFormInput.MAX_TEXT, true);
    }

    /** Stores what belongs elsewhere (measures, sealed information) once the input is valid; the lines to keep. */
    List<Step.Line> apply(Step step, InboxTask task, CurrentUser user) {
        return Step.Line.ONE;
    }

    Map<String, Object> formModel(InboxTask task) {
        return Map.of();
    }

    @Override
    public TaskFormView view(InboxTask task, CurrentUser user) {
        Map<String, Object> model = new HashMap<>(formModel(task));
        support.caseFacts.add(model, task, user);
        model.put("planStatus", support.status.read(task, user, support.notificationId(task)));
        support.variant(task).ifPresent(variant -> model.put("variant", variant));
        return new TaskFormView("followup/tasks :: " + fragment(), model);
    }

    @Override
    @Transactional
    public Map<String, Object> complete(InboxTask task, Map<String, Object> input, CurrentUser user) {
        TaskFormInput form = new TaskFormInput(input, support.clock, "followup.error");
        Step step = read(form, task);
        form.throwIfInvalid();
        for (Step.Line line : apply(step, task, user)) {
            support.entries.save(new FollowUpEntry(task, step.outcome(), line.serviceCode(), line.due(),
                    line.reference(), user, support.clock.instant()));
        }
        support.events.publishEvent(new FollowUpStepRecorded(task.caseId(), support.notificationId(task), task.taskDefinitionKey(), step.outcome(),
                task.id(), user.username(), step.note()));
        return step.variables();
    }
}
