package dev.tally.support;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** Calls the running service over real HTTP, as a client would. A null token sends no Authorization header. */
public final class Api {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final URI base;
    private final JsonMapper json;

    public Api(URI base, JsonMapper json) {
        this.base = base;
        this.json = json;
    }

    public Response get(String token, String path) {
        return send("GET", path, token, null, null, null);
    }

    public Response post(String token, String path, Object body) {
        return send("POST", path, token, toJson(body), "application/json", null);
    }

    public Response put(String token, String path, Object body) {
        return send("PUT", path, token, toJson(body), "application/json", null);
    }

    /** Sends a body exactly as given, for malformed JSON and wrong content types. */
    public Response sendRaw(String method, String path, String token, String body, String contentType) {
        return send(method, path, token, body, contentType, null);
    }

    /** Sends a body with an Idempotency-Key. */
    public Response sendRaw(String method, String path, String token, String body, String contentType, String idempotencyKey) {
        return send(method, path, token, body, contentType, idempotencyKey);
    }

    /** Sends a raw body with extra headers, such as a foreign Origin or an Accept the API does not produce. */
    public Response sendRaw(String method, String path, String token, String body, String contentType, Map<String, String> headers) {
        return send(method, path, token, body, contentType, null, headers);
    }

    /** Reads again what the caller holds with this tag (If-None-Match): 304 without a body while nothing changed. */
    public Response revalidate(String token, String path, String tag) {
        return send("GET", path, token, null, Map.of("If-None-Match", tag));
    }

    /** Sends a request with extra headers, such as the X-Forwarded-For a proxy adds. */
    public Response send(String method, String path, String token, Object body, Map<String, String> headers) {
        return send(method, path, token, toJson(body), body == null ? null : "application/json", null, headers);
    }

    public String toJson(Object body) {
        if (body == null) {
            return null;
        }
        if (body instanceof String raw) {
            return raw;
        }
        try {
            return json.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Response send(String method, String path, String token, String body, String contentType, String idempotencyKey) {
        return send(method, path, token, body, contentType, idempotencyKey, Map.of());
    }

    private Response send(String method, String path, String token, String body, String contentType, String idempotencyKey,
                          Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
        headers.forEach(request::header);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().map(), response.body(), parse(response));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Object parse(HttpResponse<String> response) throws IOException {
        String type = response.headers().firstValue("content-type").orElse("");
        if (!type.contains("json") || response.body().isEmpty()) {
            return null;
        }
        return json.readValue(response.body(), Argument.OBJECT_ARGUMENT);
    }
}
