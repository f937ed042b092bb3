package dev.tally.demo;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Tally's own public API, called over loopback as a user's client would, so that the demo passes every validation,
 * permission and audit entry that real data passes. Paces itself when the per-client rate limit answers 429.
 */
final class LoopbackApi {

    private static final int ATTEMPTS = 5;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;
    private final JsonMapper json;
    private int requests;

    LoopbackApi(URI base, JsonMapper json) {
        this.base = base;
        this.json = json;
    }

    String login(String email, String password) {
        return (String) send("POST", "/login", null, Map.of("username", email, "password", password)).get("access_token");
    }

    Map<String, Object> get(String token, String path) {
        return send("GET", path, token, null);
    }

    Map<String, Object> post(String token, String path, Object body) {
        return send("POST", path, token, body);
    }

    Map<String, Object> put(String token, String path, Object body) {
        return send("PUT", path, token, body);
    }

    int requests() {
        return requests;
    }

    static UUID id(Map<String, Object> answer) {
        return UUID.fromString((String) answer.get("id"));
    }

    static int version(Map<String, Object> answer) {
        return ((Number) answer.get("version")).intValue();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Map<String, Object> answer, String field) {
        return (List<Map<String, Object>>) answer.get(field);
    }

    private Map<String, Object> send(String method, String path, String token, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(write(body)));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        for (int attempt = 1; ; attempt++) {
            HttpResponse<String> response = exchange(request.build());
            requests++;
            if (response.statusCode() == 429 && attempt < ATTEMPTS) {
                pause(response.headers().firstValue("Retry-After").map(Long::parseLong).orElse(10L));
                continue;
            }
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
            }
            return read(response.body());
        }
    }

    private HttpResponse<String> exchange(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating the demo organisation", e);
        }
    }

    private static void pause(long seconds) {
        try {
            Thread.sleep(Duration.ofSeconds(seconds).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating the demo organisation", e);
        }
    }

    private String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, Object> read(String body) {
        if (body == null || body.isBlank()) {
            return Map.of();
        }
        try {
            return json.readValue(body, Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
