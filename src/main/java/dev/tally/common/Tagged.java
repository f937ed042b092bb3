package dev.tally.common;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;

/** A read's entity tag with its body, or without one when the client already holds that state (a 304). */
public record Tagged<T>(String tag, @Nullable T body) {

    /** Answers that change and are checked with the server on every use (a draft, a scorecard, an interview). */
    public static final String REVALIDATE = "private, no-cache";

    /**
     * Answers that never change (a published kit version's content, a question version's): the browser keeps them a
     * year without asking again. Private, because they are read with a token; no candidate or score data is among them.
     */
    public static final String IMMUTABLE = "private, max-age=31536000, immutable";

    /**
     * The answer with its tag. Candidate and score data keep the API's {@code no-store} (see ResponseHeaders): pages
     * keep what they need themselves and revalidate it with the tag; {@code cacheControl} is for answers without them.
     */
    public MutableHttpResponse<T> response(@Nullable String cacheControl) {
        MutableHttpResponse<T> response = body == null ? HttpResponse.notModified() : HttpResponse.ok(body);
        response.header(HttpHeaders.ETAG, tag);
        if (cacheControl != null) {
            response.header(HttpHeaders.CACHE_CONTROL, cacheControl);
        }
        return response;
    }

    public MutableHttpResponse<T> response() {
        return response(null);
    }
}
