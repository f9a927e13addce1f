package no.samvirke.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The benchmark run: empty database, start the application, seed, restart (start-up time on the
 * seeded database), load over HTTP with C clients while sampling the heap, stop, then the bare
 * engine baseline on the same database; prints a Markdown table and writes JSON (Report).
 */
public final class Bench {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CONCERN = """
            {"subject": {"anonymous": false, "name": "Syntetisk Testperson", "nationalId": "24081150091"},
             "category": "RADICALISATION", "description": "Syntetisk observasjon for ytelsesmåling.",
             "subjectInformed": false, "consentToShare": false, "acuteDanger": false}""";
    private static final String SCREENING = """
            {"inScope": true, "discussionMode": "NAMED", "reasons": "Innenfor mandatet (ytelsesmåling)."}""";

    public static void main(String[] args) throws Exception {
        Options o = Options.parse(args);
        Database db = Database.of(o);
        Report report = new Report(o);
        log("emptying the %s database", o.db());
        db.reset();
        try (App first = App.start(o, db, "first")) {
            report.startup("start-up, empty database", first);
            log("seeding %d cases and %d audit entries", o.cases(), o.auditEntries());
            long t = System.nanoTime();
            new Seeder(db).seed(o.cases(), o.auditEntries());
            report.seeding((System.nanoTime() - t) / 1e9);
        }
        try (App app = App.start(o, db, "seeded")) {
            report.startup("start-up, seeded database", app);
            Load load = new Load(o.port(), o.clients());
            app.startSampling();
            log("registering %d concerns", o.registrations());
            Load.Result registration = load.run("registration (POST /api/v1/concerns)", o.registrations(),
                    i -> new Load.Call(i % 2 == 0 ? "skole" : "helse", "POST", "/api/v1/concerns", CONCERN), true);
            report.add(registration);
            List<String> registered = new ArrayList<>();
            for (Load.Answer a : registration.answers()) {
                if (a.status() == 201) {
                    registered.add(JSON.readTree(a.body()).get("id").asText());
                }
            }
            log("completing screening tasks");
            report.add(completeScreenings(load, Math.max(1, o.registrations() / 2)));
            log("reading inboxes and cases");
            report.add(load.run("kjernegruppe inbox (GET /api/v1/tasks as kjerne)", o.reads(),
                    i -> new Load.Call("kjerne", "GET", "/api/v1/tasks", null), false));
            report.add(load.run("case view with redaction (GET /api/v1/concerns/{id}, kjerne and politi)", o.reads(),
                    i -> new Load.Call(i % 2 == 0 ? "kjerne" : "politi", "GET", "/api/v1/concerns/"
                            + caseId(i, registered, o.cases()), null), false));
            report.heap(app.stopSampling(), app.heapUsedKb(), app.residentKb());
        }
        log("bare engine baseline");
        report.baseline(Baseline.run(db, o.clients(), o.registrations()));
        report.write();
    }

    /**
     * Screening tasks of the SLT coordinator, in rounds: collect up to what is left to do by
     * walking the inbox's pages (200 a page, the Link header's rel="next"), then complete them.
     */
    private static Load.Result completeScreenings(Load load, int target) throws Exception {
        List<Load.Result> rounds = new ArrayList<>();
        int done = 0;
        while (done < target) {
            List<String> ids = screeningTasks(load, target - done);
            if (ids.isEmpty()) {
                break;
            }
            rounds.add(load.run("", ids.size(), i -> new Load.Call("slt", "POST", "/api/v1/tasks/" + ids.get(i)
                    + "/complete", SCREENING), false));
            done += ids.size();
        }
        return Load.Result.merge("task completion (screening, POST /api/v1/tasks/{id}/complete)", rounds);
    }

    private static List<String> screeningTasks(Load load, int wanted) throws Exception {
        List<String> ids = new ArrayList<>();
        for (String next = "/api/v1/tasks?size=200"; next != null && ids.size() < wanted; ) {
            Load.Answer page = load.once(new Load.Call("slt", "GET", next, null));
            if (page.status() != 200) {
                throw new IllegalStateException("GET " + next + " as slt: " + page.status() + " " + page.body());
            }
            for (JsonNode task : JSON.readTree(page.body())) {
                if ("user_screen_concern".equals(task.get("taskDefinitionKey").asText()) && ids.size() < wanted) {
                    ids.add(task.get("id").asText());
                }
            }
            next = page.next();
        }
        return ids;
    }

    /** Half the reads on cases registered in this run, half on seeded Bærum cases. */
    private static String caseId(int i, List<String> registered, int seeded) {
        if (i % 4 < 2 && !registered.isEmpty()) {
            return registered.get(i % registered.size());
        }
        long n = (long) (i * 7919L % Math.max(1, seeded / 10)) * 10 + 1 + (i % 3);   // n mod 10 in 1..3: Bærum
        return String.format("00000000-0000-4000-8000-%012d", n);
    }

    static void log(String format, Object... args) {
        System.out.printf("[bench] " + format + "%n", args);
    }

    private Bench() {
    }

    static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
