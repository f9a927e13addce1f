package no.samvirke.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.task.Task;

/**
 * The bare Camunda engine (no Spring, no web, no security, no tables of ours) on the same
 * database, schema and history level (audit) as the application, with C threads:
 * "start" = start a one-task process (the task is created, as in our registration);
 * "start+complete" = start it and complete its task.
 */
final class Baseline {

    record Figures(Load.Result start, Load.Result startAndComplete) {
    }

    static Figures run(Database db, int clients, int count) throws Exception {
        StandaloneProcessEngineConfiguration config = new StandaloneProcessEngineConfiguration();
        config.setJdbcUrl(db.url);
        config.setJdbcUsername(db.user);
        config.setJdbcPassword(db.password);
        config.setJdbcDriver(db.postgres ? "org.postgresql.Driver" : "org.h2.Driver");
        config.setJdbcMaxActiveConnections(clients + 4);
        config.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE);
        config.setHistory(ProcessEngineConfiguration.HISTORY_AUDIT);
        config.setJobExecutorActivate(false);
        config.setMetricsEnabled(false);
        config.setProcessEngineName("bench-baseline");
        ProcessEngine engine = config.buildProcessEngine();
        try {
            engine.getRepositoryService().createDeployment().name("bench-baseline")
                    .addClasspathResource("baseline.bpmn").enableDuplicateFiltering(true).deploy();
            Load.Result start = timed("bare engine: start", clients, count, () -> engine.getRuntimeService()
                    .startProcessInstanceByKey("process_bench_baseline", UUID.randomUUID().toString()));
            Load.Result both = timed("bare engine: start+complete", clients, count, () -> {
                String id = engine.getRuntimeService().startProcessInstanceByKey("process_bench_baseline",
                        UUID.randomUUID().toString()).getId();
                Task task = engine.getTaskService().createTaskQuery().processInstanceId(id).singleResult();
                engine.getTaskService().complete(task.getId());
            });
            return new Figures(start, both);
        } finally {
            engine.close();
        }
    }

    private static Load.Result timed(String name, int clients, int count, Runnable op) throws Exception {
        List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long t = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            workers.add(pool.submit(() -> {
                while (next.getAndIncrement() < count) {
                    long t0 = System.nanoTime();
                    try {
                        op.run();
                    } catch (RuntimeException e) {
                        failed.incrementAndGet();
                    }
                    nanos.add(System.nanoTime() - t0);
                }
            }));
        }
        for (Future<?> w : workers) {
            w.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - t) / 1e9;
        java.util.Map<Integer, Integer> outcome = new java.util.TreeMap<>();
        outcome.put(0, count - failed.get());
        if (failed.get() > 0) {
            outcome.put(-1, failed.get());
        }
        return Load.Result.of(name, seconds, nanos, outcome, List.of());
    }
}
