import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The clients of ops/cluster-test.sh, through HAProxy: 8 interviewers autosaving to their own scorecards, each save
 * with an Idempotency-Key and the version the last acknowledged save returned, a save retried with the same key until
 * it is answered; and a hiring manager reading the opening report twice a second. Runs until the file named by its
 * second argument exists, then prints, per client, the saves acknowledged and the scorecard version they reached, and
 * every answer that was not a 200 or 409, by kind.
 *
 *   java ops/ClusterClients.java http://127.0.0.1:18080 /tmp/stop password
 */
public class ClusterClients {

    private static final String ORG = "33333333-3333-3333-3333-";
    private static final String OPENING = ORG + "0000000000b1";
    private static final Pattern VERSION = Pattern.compile("\"version\":(\\d+)");
    private static final Pattern TOKEN = Pattern.compile("\"access_token\":\"([^\"]+)\"");

    static final AtomicLong fiveHundredsOtherThan503 = new AtomicLong();
    static final AtomicLong serviceUnavailable = new AtomicLong();
    static final AtomicLong connectionErrors = new AtomicLong();
    static final AtomicLong retries = new AtomicLong();

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        Path stop = Path.of(args[1]);
        String password = args[2];
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<Client> clients = new ArrayList<>();
        for (int n = 1; n <= 8; n++) {
            clients.add(new Client(n, http, base, login(http, base, "c" + n + "@save.bench", password)));
        }
        Reports reports = new Reports(http, base, login(http, base, "manager@save.bench", password));
        List<Thread> threads = new ArrayList<>();
        AtomicBoolean running = new AtomicBoolean(true);
        for (Client work : clients) {
            threads.add(started(() -> { while (running.get()) work.saveOnce(); }));
        }
        threads.add(started(() -> { while (running.get()) reports.readOnce(); }));
        while (!Files.exists(stop)) {
            Thread.sleep(200);
        }
        running.set(false);
        for (Thread thread : threads) {
            thread.join();
        }
        for (Client client : clients) {
            System.out.printf("client %d: acknowledged %d saves, reached version %d%n", client.n, client.acknowledged, client.version);
        }
        System.out.printf("answers: 5xx other than 503: %d, 503: %d, connection errors: %d, retries: %d%n",
                fiveHundredsOtherThan503.get(), serviceUnavailable.get(), connectionErrors.get(), retries.get());
        System.out.printf("reports: %d answered 200, %d answered 503, %d otherwise%n", reports.ok, reports.unavailable, reports.other);
        System.out.printf("report data: %d from the replica, %d from the primary%n", reports.fromReplica, reports.fromPrimary);
    }

    static String login(HttpClient http, URI base, String email, String password) throws Exception {
        for (int attempt = 0; attempt < 30; attempt++) {
            HttpResponse<String> answer = send(http, HttpRequest.newBuilder(base.resolve("/login"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + email + "\",\"password\":\"" + password + "\"}")).build());
            if (answer != null && answer.statusCode() == 200) {
                Matcher token = TOKEN.matcher(answer.body());
                if (token.find()) {
                    return token.group(1);
                }
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("could not log in as " + email);
    }

    /** One answer, or null when the connection failed; counts what is not a 2xx or 409. */
    static HttpResponse<String> send(HttpClient http, HttpRequest request) {
        try {
            HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() == 503) {
                serviceUnavailable.incrementAndGet();
            } else if (answer.statusCode() >= 500) {
                fiveHundredsOtherThan503.incrementAndGet();
                System.out.println("unexpected " + answer.statusCode() + " for " + request.uri() + ": " + answer.body());
            }
            return answer;
        } catch (IOException e) {
            connectionErrors.incrementAndGet();
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    static final class Client {
        final int n;
        final HttpClient http;
        final URI base;
        final String token;
        long version;
        long acknowledged;
        long saves;

        Client(int n, HttpClient http, URI base, String token) {
            this.n = n;
            this.http = http;
            this.base = base;
            this.token = token;
        }

        /** One save, sent again with the same key until it gets an answer: 200 (acknowledged) or 409 (a stale version). */
        void saveOnce() {
            saves++;
            String key = "cluster-" + n + "-" + version + "-" + saves;
            String body = "{\"baseVersion\":" + version + ",\"score\":" + (saves % 4 + 1) + ",\"note\":\"save " + saves + "\"}";
            HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/v1/interviews/" + ORG + "0000000000e" + n
                            + "/scorecard/items/" + (saves % 20 + 1)))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .header("Idempotency-Key", key).timeout(Duration.ofSeconds(30))
                    .PUT(HttpRequest.BodyPublishers.ofString(body)).build();
            for (int attempt = 0; ; attempt++) {
                HttpResponse<String> answer = send(http, request);
                if (answer != null && (answer.statusCode() == 200 || answer.statusCode() == 409)) {
                    Matcher current = VERSION.matcher(answer.body());
                    if (current.find()) {
                        version = Long.parseLong(current.group(1));
                    }
                    if (answer.statusCode() == 200) {
                        acknowledged++;
                    }
                    return;
                }
                retries.incrementAndGet();
                sleep(Math.min(1000, 50L << Math.min(attempt, 5)));
            }
        }
    }

    static final class Reports {
        final HttpClient http;
        final URI base;
        final String token;
        long ok;
        long fromReplica;
        long fromPrimary;
        long unavailable;
        long other;

        Reports(HttpClient http, URI base, String token) {
            this.http = http;
            this.base = base;
            this.token = token;
        }

        void readOnce() {
            HttpResponse<String> answer = send(http, HttpRequest.newBuilder(base.resolve("/api/v1/openings/" + OPENING + "/report"))
                    .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30)).GET().build());
            if (answer != null && answer.statusCode() == 200) {
                ok++;
                String source = answer.headers().firstValue("Tally-Data-Source").orElse("");
                if (source.equals("replica")) {
                    fromReplica++;
                } else if (source.equals("primary")) {
                    fromPrimary++;
                }
            } else if (answer != null && answer.statusCode() == 503) {
                unavailable++;
            } else {
                other++;
            }
            sleep(500);
        }
    }

    static Thread started(Runnable work) {
        Thread thread = new Thread(work);
        thread.start();
        return thread;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
