package dev.tally.common;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

/**
 * What every answer carries, whoever produced it (a controller, the security filter, CORS): no content sniffing; no
 * caching of API answers, which hold candidate data, unless the answer says otherwise; HSTS behind https; and a
 * problem+json body on any refusal the framework sent without one.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class ResponseHeaders implements Ordered {

    private final boolean https;

    ResponseHeaders(HttpSettings settings) {
        this.https = settings.servedOverHttps();
    }

    @ResponseFilter
    void secure(HttpRequest<?> request, MutableHttpResponse<?> response) {
        response.header("X-Content-Type-Options", "nosniff");
        if (https) {
            response.header("Strict-Transport-Security", "max-age=31536000");
        }
        if (!isPage(request.getPath()) && !response.getHeaders().contains(HttpHeaders.CACHE_CONTROL)) {
            response.header(HttpHeaders.CACHE_CONTROL, "no-store");
        }
        if (response.code() >= 400 && response.getBody().isEmpty()) {
            HttpStatus status = response.status();
            String detail = status == HttpStatus.FORBIDDEN && request.getHeaders().contains(HttpHeaders.ORIGIN)
                    ? "Requests from another origin are not allowed."
                    : status.getReason() + ".";
            ((MutableHttpResponse<Object>) response).body(ProblemResponses.forBodiless(status, detail, request.getPath()))
                    .contentType(ProblemResponses.PROBLEM_JSON);
        }
    }

    /** The outermost filter, so that it sees the answers other filters give, refusals included. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.before();
    }

    private static boolean isPage(String path) {
        return path.startsWith("/app/") || path.startsWith("/swagger-ui/") || path.equals("/");
    }
}
