package dev.tally.common;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * {@code /prometheus} answers only {@code Authorization: Bearer <TALLY_METRICS_TOKEN>}: its per-route and per-status counters
 * describe the organisations' use of the service. Without a configured token it does not exist (404). The comparison
 * takes the same time whatever the guess (digests compared with {@link MessageDigest#isEqual}).
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class MetricsScrapeToken {

    private static final FilterScope SCOPE = FilterScope.of("/prometheus");

    private final byte[] expected;

    MetricsScrapeToken(@Nullable @Value("${tally.metrics.token:}") String token) {
        this.expected = token == null || token.isBlank() ? null : digest("Bearer " + token.strip());
    }

    @RequestFilter
    @Nullable
    MutableHttpResponse<Problem> guard(HttpRequest<?> request) {
        if (!SCOPE.covers(request)) {
            return null;
        }
        if (expected == null) {
            return ProblemResponses.of(HttpStatus.NOT_FOUND, "not-found", "No resource exists at " + request.getPath() + ".",
                    request.getPath());
        }
        String presented = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        if (presented == null || !MessageDigest.isEqual(expected, digest(presented))) {
            return ProblemResponses.of(HttpStatus.UNAUTHORIZED, "scrape-token-required",
                    "Metrics need 'Authorization: Bearer <the configured scrape token>'.", request.getPath())
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return null;
    }

    private static byte[] digest(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
