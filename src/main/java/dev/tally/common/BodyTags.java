package dev.tally.common;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * An entity tag for every successful read that did not name its own (reports, the panel's scorecards, an interview
 * with its kit): the hash of the body as this caller receives it, so a reload that finds nothing changed is a 304
 * without a body. Being the hash of what the caller sees, the tag changes only when that does and never tells of
 * anything hidden from them. The body is encoded here once, and that encoding is what is sent.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class BodyTags implements Ordered {

    private static final FilterScope SCOPE = FilterScope.of("/api");

    private final JsonMapper json;

    BodyTags(JsonMapper json) {
        this.json = json;
    }

    @ResponseFilter
    void tag(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (!SCOPE.covers(request)) {
            return;
        }
        if ((request.getMethod() != HttpMethod.GET && request.getMethod() != HttpMethod.HEAD) || response.status() != HttpStatus.OK
                || response.getHeaders().contains(HttpHeaders.ETAG)) {
            return;
        }
        Optional<?> body = response.getBody();
        if (body.isEmpty()) {
            return;
        }
        byte[] content = encoded(body.get());
        String tag = Revalidation.tagOfBytes(content);
        MutableHttpResponse<Object> answer = (MutableHttpResponse<Object>) response;
        answer.header(HttpHeaders.ETAG, tag);
        if (Revalidation.of(request).holds(tag)) {
            answer.status(HttpStatus.NOT_MODIFIED).body(null);
        } else {
            answer.body(content);
        }
    }

    private byte[] encoded(Object body) {
        if (body instanceof byte[] bytes) {
            return bytes;
        }
        if (body instanceof CharSequence text) {
            return text.toString().getBytes(StandardCharsets.UTF_8);
        }
        try {
            return json.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Inside ResponseHeaders, which adds no-store to whatever leaves without a Cache-Control of its own. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.RENDERING.order();
    }
}
