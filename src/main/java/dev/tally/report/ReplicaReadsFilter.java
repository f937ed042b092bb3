package dev.tally.report;

import dev.tally.database.ReadsReplica;
import dev.tally.database.ReplicaStatus;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.web.router.RouteAttributes;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Chooses, as a report read begins, where its data come from ({@link ReplicaStatus}), and says so in the answer:
 * {@code Tally-Data-Source: replica} or {@code primary}, and {@code Tally-Data-As-Of}, the time the data are current to
 * (for the replica, its last replayed change; "stale by 2 s" is the difference to the Date header). It applies to the
 * GETs of operations marked {@link ReadsReplica}. A request carrying {@code Tally-Read-Primary} reads the primary: the
 * reports page sends it right after recording a decision.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class ReplicaReadsFilter {

    static final String SOURCE_HEADER = "Tally-Data-Source";
    static final String AS_OF_HEADER = "Tally-Data-As-Of";
    /** Sent by a client that has just written and must read what it wrote: the primary then, whatever the replica. */
    static final String READ_PRIMARY_HEADER = "Tally-Read-Primary";

    private final ReplicaStatus replica;

    ReplicaReadsFilter(ReplicaStatus replica) {
        this.replica = replica;
    }

    @RequestFilter
    void choose(HttpRequest<?> request) {
        if (request.getMethod() != HttpMethod.GET || !RouteAttributes.getRouteMatch(request)
                .map(route -> route.getRouteInfo().getAnnotationMetadata().hasAnnotation(ReadsReplica.class)).orElse(false)) {
            return;
        }
        request.setAttribute(ReplicaStatus.SOURCE, request.getHeaders().contains(READ_PRIMARY_HEADER) ? replica.primary() : replica.current());
    }

    @ResponseFilter
    void say(HttpRequest<?> request, MutableHttpResponse<?> response) {
        request.getAttribute(ReplicaStatus.SOURCE, ReplicaStatus.Reading.class).ifPresent(reading -> {
            response.header(SOURCE_HEADER, reading.source().name().toLowerCase(Locale.ROOT));
            response.header(AS_OF_HEADER, DateTimeFormatter.ISO_INSTANT.format(reading.asOf()));
        });
    }
}
