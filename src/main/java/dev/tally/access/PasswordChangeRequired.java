package dev.tally.access;

import dev.tally.common.ProblemResponses;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.security.authentication.Authentication;

/**
 * After an admin reset a user's password, the user may read who they are and choose a new password, and nothing else:
 * every other request answers 403 until they have. Runs after the security filter, which has read the account.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class PasswordChangeRequired implements Ordered {

    /** The attribute of the caller's authentication that says so, read from the account on each request. */
    static final String ATTRIBUTE = "mustChangePassword";

    @RequestFilter
    @Nullable
    HttpResponse<?> requireChangedPassword(HttpRequest<?> request) {
        boolean mustChange = request.getUserPrincipal(Authentication.class)
                .map(authentication -> Boolean.TRUE.equals(authentication.getAttributes().get(ATTRIBUTE)))
                .orElse(false);
        if (!mustChange || allowed(request)) {
            return null;
        }
        return ProblemResponses.of(new AccessFacts.PasswordNotYetChanged(), request.getPath());
    }

    private static boolean allowed(HttpRequest<?> request) {
        String path = request.getPath();
        return (request.getMethod() == HttpMethod.GET && path.equals("/api/v1/me"))
                || (request.getMethod() == HttpMethod.POST && path.equals("/api/v1/me/password"));
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }
}
