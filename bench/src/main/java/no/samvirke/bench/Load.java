package no.samvirke.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** C concurrent clients over the real HTTP API; every request timed on the client side. */
final class Load {

    record Call(String user, String method, String path, String json) {
    }

    /** {@code next}: the target of the Link header's {@code rel="next"} (a paged list), or null. */
    record Answer(int status, String body, String next) {
    }

    record Result(String name, int count, double seconds, double throughput, double p50, double p95, double p99,
                  double max, Map<Integer, Integer> statuses, List<Answer> answers, List<Long> nanos) {

        /** Several runs of the same operation as one (their times added, their latencies pooled). */
        static Result merge(String name, List<Result> parts) {
            List<Long> all = new ArrayList<>();
            Map<Integer, Integer> statuses = new TreeMap<>();
            double seconds = 0;
            for (Result r : parts) {
                all.addAll(r.nanos());
                seconds += r.seconds();
                r.statuses().forEach((k, v) -> statuses.merge(k, v, Integer::sum));
            }
            return of(name, seconds, all, statuses, List.of());
        }

        static Result of(String name, double seconds, List<Long> nanos, Map<Integer, Integer> statuses,
                         List<Answer> answers) {
            List<Long> sorted = new ArrayList<>(nanos);
            Collections.sort(sorted);
            return new Result(name, sorted.size(), seconds, seconds == 0 ? 0 : sorted.size() / seconds, pct(sorted, 50),
                    pct(sorted, 95), pct(sorted, 99), sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1e6,
                    new TreeMap<>(statuses), answers, sorted);
        }
    }

    private static final Pattern NEXT = Pattern.compile("<([^>]*)>;\\s*rel=\"next\"");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final int clients;

    Load(int port, int clients) {
        this.base = "http://127.0.0.1:" + port;
        this.clients = clients;
    }

    Answer once(Call call) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + call.path()))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (call.user() + ":demo").getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json");
        if (call.method().equals("POST")) {
            request.header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(call.json() == null ? "{}" : call.json()));
        }
        HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(r.statusCode(), r.body(), r.headers().firstValue("Link").map(Load::next).orElse(null));
    }

    /** Runs {@code count} calls made by {@code calls} on C clients; keeps answers if asked. */
    Result run(String name, int count, IntFunction<Call> calls, boolean keepAnswers) throws Exception {
        List<Long> nanos = Collections.synchronizedList(new ArrayList<>(count));
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        List<Answer> answers = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            workers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    Call call = calls.apply(i);
                    long t0 = System.nanoTime();
                    Answer answer;
                    try {
                        answer = once(call);
                    } catch (Exception e) {
                        answer = new Answer(-1, e.getClass().getSimpleName(), null);
                    }
                    nanos.add(System.nanoTime() - t0);
                    statuses.merge(answer.status(), 1, Integer::sum);
                    if (keepAnswers) {
                        answers.add(answer);
                    }
                }
                return null;
            }));
        }
        for (Future<?> w : workers) {
            w.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        return Result.of(name, seconds, nanos, statuses, answers);
    }

    private static String next(String link) {
        Matcher next = NEXT.matcher(link);
        return next.find() ? next.group(1) : null;
    }

    static double pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
