import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load generators for run-load-bench.sh, run as a single-file program ({@code java src/bench/LoadBench.java ...}).
 *
 * <pre>
 * autosaves BASE CLIENTS_FILE RATE SECONDS [REPORT_URL REPORT_TOKEN REPORT_CLIENTS]
 * </pre>
 *
 * Sends autosaves at a fixed rate: save i is due at start + i / RATE, whatever happened to the saves before it, and its
 * latency is measured from that due time, not from when it was actually sent, so that a stalled service shows as
 * latency instead of as fewer requests (no coordinated omission). Each save goes to a scorecard with no save in flight
 * (one per line of CLIENTS_FILE: "token interviewId"), with the version its previous answer returned, so that saves are
 * never refused as stale; a due save that finds every scorecard busy counts as an error ("no idle scorecard").
 * <p>
 * With REPORT_URL, REPORT_CLIENTS closed-loop clients read that report at the same time, each sending its next request
 * as soon as the previous is answered, and waiting Retry-After first when it was a 503, as the header asks.
 * <p>
 * Prints one line of key=value pairs: achieved rate, errors, latency percentiles in ms, and the report answers.
 */
public class LoadBench {

    private static final Pattern VERSION = Pattern.compile("\"version\":(\\d+)");

    public static void main(String[] args) throws Exception {
        if (args.length < 5 || !args[0].equals("autosaves")) {
            System.err.println("usage: autosaves BASE CLIENTS_FILE RATE SECONDS [REPORT_URL REPORT_TOKEN REPORT_CLIENTS]");
            System.exit(2);
        }
        URI base = URI.create(args[1]);
        List<Client> clients = Files.readAllLines(Path.of(args[2])).stream().filter(line -> !line.isBlank())
                .map(line -> line.trim().split("\\s+")).map(parts -> new Client(parts[0], parts[1])).toList();
        double rate = Double.parseDouble(args[3]);
        int seconds = Integer.parseInt(args[4]);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

        Reports reports = null;
        if (args.length >= 8) {
            reports = new Reports(http, URI.create(args[5]), args[6], Integer.parseInt(args[7]));
            reports.start();
            // Until every report client has its first request in the service, so that the saves meet the full load.
            Thread.sleep(500);
        }
        // The generator's own warm-up (its JIT, the client's connections), not counted; the service was warmed before.
        fixedRate(http, base, clients, rate, 2);
        Result saves = fixedRate(http, base, clients, rate, seconds);
        String reportLine = reports == null ? "" : reports.stop();
        System.out.println(saves + reportLine);
    }

    static Result fixedRate(HttpClient http, URI base, List<Client> clients, double rate, int seconds) throws InterruptedException {
        for (Client client : clients) {
            client.version = currentVersion(http, base, client);
        }
        ConcurrentLinkedQueue<Client> idle = new ConcurrentLinkedQueue<>(clients);
        int total = (int) Math.round(rate * seconds);
        long[] latencies = new long[total];
        Arrays.fill(latencies, -1);
        AtomicInteger errors = new AtomicInteger();
        Map<String, AtomicInteger> errorKinds = new ConcurrentHashMap<>();
        CountDownLatch finished = new CountDownLatch(total);
        long intervalNanos = (long) (1e9 / rate);
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long due = start + i * intervalNanos;
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            Client client = idle.poll();
            if (client == null) {
                errors.incrementAndGet();
                errorKinds.computeIfAbsent("no idle scorecard", key -> new AtomicInteger()).incrementAndGet();
                finished.countDown();
                continue;
            }
            int index = i;
            int position = i % 20 + 1;
            String body = "{\"baseVersion\":" + client.version + ",\"score\":" + (i % 4 + 1) + ",\"note\":\"fixed-rate save " + i + "\"}";
            HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/v1/interviews/" + client.interview + "/scorecard/items/" + position))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + client.token).header("Content-Type", "application/json")
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .PUT(HttpRequest.BodyPublishers.ofString(body)).build();
            http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, failure) -> {
                latencies[index] = System.nanoTime() - due;
                if (failure != null) {
                    errors.incrementAndGet();
                    errorKinds.computeIfAbsent(failure.getClass().getSimpleName(), key -> new AtomicInteger()).incrementAndGet();
                } else if (response.statusCode() != 200) {
                    errors.incrementAndGet();
                    errorKinds.computeIfAbsent("HTTP " + response.statusCode(), key -> new AtomicInteger()).incrementAndGet();
                    Matcher current = VERSION.matcher(response.body());
                    if (current.find()) {
                        client.version = Integer.parseInt(current.group(1));
                    }
                } else {
                    Matcher version = VERSION.matcher(response.body());
                    if (version.find()) {
                        client.version = Integer.parseInt(version.group(1));
                    }
                }
                idle.add(client);
                finished.countDown();
            });
        }
        long sendingNanos = System.nanoTime() - start;
        finished.await(60, TimeUnit.SECONDS);
        long[] measured = Arrays.stream(latencies).filter(latency -> latency >= 0).sorted().toArray();
        return new Result(total, sendingNanos, measured, errors.get(), errorKinds);
    }

    private static int currentVersion(HttpClient http, URI base, Client client) {
        try {
            HttpResponse<String> own = http.send(HttpRequest.newBuilder(base.resolve("/api/v1/interviews/" + client.interview + "/scorecard"))
                    .header("Authorization", "Bearer " + client.token).GET().build(), HttpResponse.BodyHandlers.ofString());
            Matcher version = VERSION.matcher(own.body());
            if (own.statusCode() != 200 || !version.find()) {
                throw new IllegalStateException("cannot read the scorecard of " + client.interview + ": " + own.statusCode() + " " + own.body());
            }
            return Integer.parseInt(version.group(1));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static double percentileMillis(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    static final class Client {
        final String token;
        final String interview;
        volatile int version;

        Client(String token, String interview) {
            this.token = token;
            this.interview = interview;
        }
    }

    record Result(int due, long sendingNanos, long[] sorted, int errors, Map<String, AtomicInteger> errorKinds) {
        @Override
        public String toString() {
            return String.format("saves_due=%d achieved_per_s=%.1f errors=%d%s p50_ms=%.1f p99_ms=%.1f max_ms=%.1f", due,
                    (sorted.length - errors) / (sendingNanos / 1e9), errors,
                    errorKinds.isEmpty() ? "" : " error_kinds=" + errorKinds.toString().replace(' ', '_'),
                    percentileMillis(sorted, 50), percentileMillis(sorted, 99), percentileMillis(sorted, 100));
        }
    }

    /** Closed-loop report readers, counting answers by status and timing the refusals. */
    static final class Reports {
        private final HttpClient http;
        private final URI url;
        private final String token;
        private final int clients;
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Map<Integer, AtomicInteger> byStatus = new ConcurrentHashMap<>();
        private final ConcurrentLinkedQueue<Long> refusalNanos = new ConcurrentLinkedQueue<>();
        private final ConcurrentLinkedQueue<Long> servedNanos = new ConcurrentLinkedQueue<>();
        private final AtomicLong failures = new AtomicLong();
        private final List<Thread> threads = new ArrayList<>();

        Reports(HttpClient http, URI url, String token, int clients) {
            this.http = http;
            this.url = url;
            this.token = token;
            this.clients = clients;
        }

        void start() {
            for (int i = 0; i < clients; i++) {
                Thread thread = new Thread(this::loop, "report-client-" + i);
                thread.setDaemon(true);
                thread.start();
                threads.add(thread);
            }
        }

        private void loop() {
            HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + token).GET().build();
            while (running.get()) {
                long sent = System.nanoTime();
                try {
                    HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
                    long took = System.nanoTime() - sent;
                    byStatus.computeIfAbsent(response.statusCode(), key -> new AtomicInteger()).incrementAndGet();
                    if (response.statusCode() == 503) {
                        refusalNanos.add(took);
                        long retryAfter = response.headers().firstValueAsLong("Retry-After").orElse(1);
                        Thread.sleep(TimeUnit.SECONDS.toMillis(retryAfter));
                    } else {
                        servedNanos.add(took);
                    }
                } catch (InterruptedException e) {
                    return;
                } catch (IOException e) {
                    failures.incrementAndGet();
                }
            }
        }

        String stop() throws InterruptedException {
            running.set(false);
            for (Thread thread : threads) {
                thread.join(TimeUnit.SECONDS.toMillis(70));
            }
            long[] refused = refusalNanos.stream().mapToLong(Long::longValue).sorted().toArray();
            long[] served = servedNanos.stream().mapToLong(Long::longValue).sorted().toArray();
            int ok = count(200);
            int refusedCount = count(503);
            int other = byStatus.values().stream().mapToInt(AtomicInteger::get).sum() - ok - refusedCount;
            return String.format(" reports_200=%d reports_503=%d reports_other=%d report_io_errors=%d report_200_p50_ms=%.0f"
                    + " report_503_p99_ms=%.1f report_503_max_ms=%.1f", ok, refusedCount, other, failures.get(),
                    percentileMillis(served, 50), percentileMillis(refused, 99), percentileMillis(refused, 100));
        }

        private int count(int status) {
            AtomicInteger counted = byStatus.get(status);
            return counted == null ? 0 : counted.get();
        }
    }
}
