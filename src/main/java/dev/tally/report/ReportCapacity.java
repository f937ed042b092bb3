package dev.tally.report;

import io.micronaut.aop.Around;
import io.micronaut.aop.InterceptorBean;
import io.micronaut.aop.MethodInterceptor;
import io.micronaut.aop.MethodInvocationContext;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * A bulkhead in front of the heavy reads (reports, exports, calibration, reliability, analytics): at most
 * {@code concurrency} of them run at once, so that live scoring always finds free connections in the pool and a free
 * core in PostgreSQL. A report that finds every place taken waits at most {@code max-wait} and is then refused with 503 and
 * {@code Retry-After}, rather than queueing for seconds behind the others.
 * <p>
 * A semaphore before the shared pool, not a second pool of its own: every report already runs on the blocking
 * executor and holds one connection from start to end, so counting reports bounds their connections exactly, and one
 * pool keeps one set of prepared statements, one health check and one size to tune ({@code DATABASE_POOL_SIZE}). The
 * limit must stay below the pool's size; the defaults (10 connections, 2 reports) leave 8 for scoring.
 */
@InterceptorBean(ReportCapacity.Bounded.class)
class ReportCapacity implements MethodInterceptor<Object, Object> {

    private final Semaphore places;
    private final long waitNanos;
    private final long retryAfterSeconds;

    ReportCapacity(Settings settings) {
        if (settings.concurrency() < 1) {
            throw new IllegalArgumentException("tally.reports.capacity.concurrency (TALLY_REPORT_CONCURRENCY) must be at least 1");
        }
        // Fair: a report that has waited longest gets the next free place.
        this.places = new Semaphore(settings.concurrency(), true);
        this.waitNanos = settings.maxWait().toNanos();
        this.retryAfterSeconds = Math.max(1, settings.retryAfter().toSeconds());
    }

    @Override
    public Object intercept(MethodInvocationContext<Object, Object> context) {
        boolean admitted;
        try {
            admitted = places.tryAcquire(waitNanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            throw new ReportFacts.ReportsAtCapacity(retryAfterSeconds);
        }
        try {
            return context.proceed();
        } finally {
            places.release();
        }
    }

    /** Marks the operations that count against the report capacity. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD})
    @Around
    @interface Bounded {
    }

    /**
     * How many heavy reads run at once ({@code TALLY_REPORT_CONCURRENCY}), how long one waits for a place
     * ({@code TALLY_REPORT_WAIT}) and the {@code Retry-After} a refused one is given. Two at once on a 2-core machine:
     * a report keeps one PostgreSQL backend busy, so two already use both cores' worth of report work, and more would
     * only queue inside the database while holding connections.
     */
    @ConfigurationProperties("tally.reports.capacity")
    record Settings(@Bindable(defaultValue = "2") int concurrency,
                    @Bindable(defaultValue = "100ms") Duration maxWait,
                    @Bindable(defaultValue = "1s") Duration retryAfter) {
    }
}
