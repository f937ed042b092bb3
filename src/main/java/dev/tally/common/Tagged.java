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
     * Answers that never change (a published kit version's content, a question version's): the browser keeps them
     * without asking again. A day, not a year: a later release may write the same content in another form, and the
     * address does not change with it. Private, and varying with the token (see {@link #immutableResponse}).
     */
    public static final String IMMUTABLE = "private, max-age=86400, immutable";

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

    /**
     * An answer that never changes: kept by the browser for the token that read it ({@code Vary: Authorization}), so
     * that after signing out, or in with another account, it is asked for again and its reader checked.
     */
    public MutableHttpResponse<T> immutableResponse() {
        return response(IMMUTABLE).header(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION);
    }
}
