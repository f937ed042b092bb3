package dev.tally.common;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Requests per client, counted in memory by each instance in fixed windows: a limit per instance, with nothing shared
 * to ask on every request. Behind a load balancer of n instances a client may send up to n times the limit, which is
 * the point of a generous limit: it stops one client flooding an instance, not a determined attacker with many
 * addresses. Runs before authentication, so a flood costs no token check or database work. When {@code maxClients}
 * distinct clients are counted in one window, further new clients share one count.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class RequestRateLimit implements Ordered {

    private static final String OTHER_CLIENTS = "other clients";

    private final ClientAddresses clients;
    private final RateLimitSettings settings;
    private final Clock clock;
    private volatile Window current = new Window(Long.MIN_VALUE, new ConcurrentHashMap<>());

    RequestRateLimit(ClientAddresses clients, RateLimitSettings settings, Clock clock) {
        this.clients = clients;
        this.settings = settings;
        this.clock = clock;
    }

    private record Window(long index, ConcurrentHashMap<String, AtomicInteger> counts) {
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> limit(HttpRequest<?> request) {
        long now = clock.millis();
        long windowMillis = Math.max(1, settings.window().toMillis());
        Window window = windowAt(now / windowMillis);
        String client = clients.of(request);
        AtomicInteger count = window.counts().get(client);
        if (count == null) {
            String counted = window.counts().size() < settings.maxClients() ? client : OTHER_CLIENTS;
            count = window.counts().computeIfAbsent(counted, key -> new AtomicInteger());
        }
        if (count.incrementAndGet() <= settings.requests()) {
            return null;
        }
        long retryAfter = Math.max(1, ((window.index() + 1) * windowMillis - now + 999) / 1000);
        return ProblemResponses.of(HttpStatus.TOO_MANY_REQUESTS, "too-many-requests", "Too many requests from your address: at most "
                        + settings.requests() + " per " + settings.window().toSeconds() + " s. Try again in " + retryAfter + " seconds.",
                        request.getPath())
                .header("Retry-After", String.valueOf(retryAfter));
    }

    private Window windowAt(long index) {
        Window window = current;
        if (window.index() == index) {
            return window;
        }
        synchronized (this) {
            if (current.index() != index) {
                current = new Window(index, new ConcurrentHashMap<>());
            }
            return current;
        }
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();
    }
}
