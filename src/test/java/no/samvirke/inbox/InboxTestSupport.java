package no.samvirke.inbox;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import no.samvirke.identity.CurrentUser;
import no.samvirke.platform.InvalidInputException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The test process (src/test/resources/inbox/inbox-test.bpmn: one task for kjernegruppe-3201) and
 * a form handler for it: input {@code decision=ok} completes, {@code race} fails as if someone
 * else changed the data at the same time, anything else is bad input on the field "decision".
 */
@TestConfiguration
public class InboxTestSupport {

    public static final String PROCESS = "process_inbox_test";
    public static final String TASK = "user_inbox_test_task";

    @Bean
    TaskFormHandler testFormHandler() {
        return new TaskFormHandler() {
            @Override
            public boolean handles(String taskDefinitionKey) {
                return TASK.equals(taskDefinitionKey);
            }

            @Override
            public TaskFormView view(InboxTask task, CurrentUser user) {
                return new TaskFormView("inbox/forms :: confirm", Map.of("testFormShown", true));
            }

            @Override
            public Map<String, Object> complete(InboxTask task, Map<String, Object> input, CurrentUser user) {
                Object decision = input.get("decision");
                if ("race".equals(decision)) {
                    throw new OptimisticLockingFailureException("changed meanwhile");
                }
                if (!"ok".equals(decision)) {
                    throw InvalidInputException.of("decision", "problem.field.wrongType");
                }
                return Map.of("approved", true);
            }
        };
    }

    /** The test cases' references, as an owning module keeps them in its table (ADR 0023: not in the engine). */
    private static final Map<UUID, String> REFERENCES = new ConcurrentHashMap<>();

    @Bean
    CaseReferences testCaseReferences() {
        return ids -> ids.stream().filter(REFERENCES::containsKey)
                .collect(Collectors.toMap(id -> id, REFERENCES::get));
    }

    @Bean
    TestCases testCases(RepositoryService repository, RuntimeService runtime, TaskService taskService) {
        return new TestCases(repository, runtime, taskService);
    }

    /** Starts test cases; deploys the test process once. */
    public record TestCases(RepositoryService repository, RuntimeService runtime, TaskService taskService) {

        public Task start(String caseReference, Instant due) {
            deployOnce();
            UUID caseId = UUID.randomUUID();
            REFERENCES.put(caseId, caseReference);
            String processId = runtime.startProcessInstanceByKey(PROCESS, caseId.toString(),
                    Variables.createVariables().putValue("due", due == null ? null : Date.from(due))).getId();
            return taskService.createTaskQuery().processInstanceId(processId).singleResult();
        }

        /**
         * A test task assigned to {@code assignee}, created at {@code created} (the engine's clock
         * stands there while the process starts), so that the order of created times is known.
         */
        public Task startAssigned(String caseReference, Instant due, String assignee, Instant created) {
            ClockUtil.setCurrentTime(Date.from(created));
            try {
                Task task = start(caseReference, due);
                taskService.setAssignee(task.getId(), assignee);
                return task;
            } finally {
                ClockUtil.reset();
            }
        }

        /** Deletes every instance of the test process, so that tests on a kept database start clean. */
        public void deleteAll() {
            runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS).list()
                    .forEach(p -> runtime.deleteProcessInstance(p.getId(), "test clean-up"));
        }

        public Task open(String taskId) {
            return taskService.createTaskQuery().taskId(taskId).singleResult();
        }

        private synchronized void deployOnce() {
            if (repository.createProcessDefinitionQuery().processDefinitionKey(PROCESS).count() == 0) {
                repository.createDeployment().name("inbox-test")
                        .addClasspathResource("inbox/inbox-test.bpmn").deploy();
            }
        }
    }
}
