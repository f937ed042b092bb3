package dev.tally.database;

import dev.tally.common.ConnectionFailures;
import io.micronaut.aop.InterceptorBean;
import io.micronaut.aop.MethodInterceptor;
import io.micronaut.aop.MethodInvocationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.context.ServerRequestContext;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * A report read that chose the replica and could not reach it runs once more on the primary, so that a replica going
 * away between two {@link ReplicaStatus} checks costs the reader a second, not a 503; the replica is then set aside
 * until a check finds it back.
 */
@Singleton
@InterceptorBean(ReadsReplica.class)
class ReplicaFallback implements MethodInterceptor<Object, Object> {

    private final ReplicaStatus replica;

    ReplicaFallback(ReplicaStatus replica) {
        this.replica = replica;
    }

    @Override
    public Object intercept(MethodInvocationContext<Object, Object> context) {
        try {
            return context.proceed();
        } catch (RuntimeException e) {
            Optional<HttpRequest<Object>> request = ServerRequestContext.currentRequest();
            boolean fromReplica = request.flatMap(r -> r.getAttribute(ReplicaStatus.SOURCE, ReplicaStatus.Reading.class))
                    .map(reading -> reading.source() == ReplicaStatus.Source.REPLICA).orElse(false);
            if (!fromReplica || !ConnectionFailures.isIn(e)) {
                throw e;
            }
            replica.setAside();
            request.get().setAttribute(ReplicaStatus.SOURCE, replica.primary());
            return context.proceed(this);
        }
    }
}
