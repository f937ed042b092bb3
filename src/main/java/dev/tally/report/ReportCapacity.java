package dev.tally.report;

import io.micronaut.aop.Around;
import io.micronaut.aop.InterceptorBean;
import io.micronaut.aop.MethodInterceptor;
import io.micronaut.aop.MethodInvocationContext;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.bind.annotation.Bindable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
 * limit must stay below the pool's size; the defaults (10 connections, 1 report on 2 cores) leave 9 for scoring.
 */
@InterceptorBean(ReportCapacity.Bounded.class)
class ReportCapacity implements MethodInterceptor<Object, Object> {

    private static final Logger LOG = LoggerFactory.getLogger(ReportCapacity.class);

    private final Semaphore places;
    private final long waitNanos;
    private final long retryAfterSeconds;

    ReportCapacity(Settings settings, @Value("${datasources.default.maximum-pool-size:10}") int poolSize,
                   @Value("${datasources.replica.maximum-pool-size:4}") int replicaPoolSize) {
        if (settings.concurrency() < 0) {
            throw new IllegalArgumentException("tally.reports.capacity.concurrency (TALLY_REPORT_CONCURRENCY) must be 0 (half the cores) or more");
        }
        int concurrency = settings.concurrency() == 0
                ? defaultConcurrency(Runtime.getRuntime().availableProcessors(), poolSize, replicaPoolSize) : settings.concurrency();
        if (concurrency > poolSize - 2) {
            LOG.warn("{} reports at once leave fewer than 2 of the pool's {} connections to live scoring (DATABASE_POOL_SIZE)",
                    concurrency, poolSize);
        }
        LOG.info("At most {} report(s) at once", concurrency);
        // Fair: a report that has waited longest gets the next free place.
        this.places = new Semaphore(concurrency, true);
        this.waitNanos = settings.maxWait().toNanos();
        this.retryAfterSeconds = Math.max(1, settings.retryAfter().toSeconds());
    }

    /**
     * Half the cores, at least one; but never so many that live scoring has fewer than two of the pool's connections,
     * nor more than the replica's pool holds, where reports read when it is healthy.
     */
    static int defaultConcurrency(int cores, int poolSize, int replicaPoolSize) {
        return Math.max(1, Math.min(cores / 2, Math.min(poolSize - 2, replicaPoolSize)));
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
     * How many heavy reads run at once ({@code TALLY_REPORT_CONCURRENCY}; 0, the default, is half the cores, at least
     * one), how long one waits for a place ({@code TALLY_REPORT_WAIT}) and the {@code Retry-After} a refused one is
     * given. A report keeps a PostgreSQL backend busy for its whole run; with the database on the same machine, half
     * the cores for reports leaves the other half to live scoring: on 2 cores, autosaves at 100/s kept their p99 within
     * 1.4 times their p99 without reports with one report at a time, and went to 3.7 times with two
     * (src/bench/README.md). The pages ask for their reports one after another and retry a 503 after its Retry-After.
     */
    @ConfigurationProperties("tally.reports.capacity")
    record Settings(@Bindable(defaultValue = "0") int concurrency,
                    @Bindable(defaultValue = "50ms") Duration maxWait,
                    @Bindable(defaultValue = "1s") Duration retryAfter) {
    }
}
