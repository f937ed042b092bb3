package dev.tally.access;

import dev.tally.common.FilterScope;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.security.authentication.Authentication;

import java.util.Map;

/**
 * {@code /health} tells everyone UP or DOWN; what lies behind it (the JDBC URL, the PostgreSQL version, disk sizes) only
 * admins. Micronaut can show details to the signed-in or to nobody, not by role, so the answer is cut down here.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class HealthDetails {

    private static final FilterScope SCOPE = FilterScope.of("/health");

    @ResponseFilter
    void onlyForAdmins(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (!SCOPE.covers(request)) {
            return;
        }
        boolean admin = request.getUserPrincipal(Authentication.class)
                .map(authentication -> authentication.getRoles().contains(Role.ADMIN.name())).orElse(false);
        if (!admin && response.getBody().orElse(null) instanceof HealthResult health) {
            ((MutableHttpResponse<Object>) response).body(Map.of("status", health.getStatus().getName()));
        }
    }
}
