package dev.tally.web;

import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * The pages (served from {@code public/} under {@code /app}) run only their own scripts and talk only to this service:
 * whatever a candidate's name or a note contains, it cannot load or run anything else.
 */
@ServerFilter("/app/**")
class PageHeaders {

    @ResponseFilter
    void secure(MutableHttpResponse<?> response) {
        response.header("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
                + "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'");
        response.header("X-Content-Type-Options", "nosniff");
        response.header("Referrer-Policy", "no-referrer");
        response.header("Cache-Control", "no-cache");
    }
}
