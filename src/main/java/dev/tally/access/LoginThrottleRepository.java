package dev.tally.access;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface LoginThrottleRepository extends GenericRepository<LoginThrottle, String> {

    @Query("SELECT * FROM login_throttle WHERE email_key = :emailKey")
    Optional<LoginThrottle> find(String emailKey);

    /**
     * Counts one more failure in one statement, so concurrent attempts cannot undercount. Failures older than the
     * window are forgotten; from the limit on, the account is locked for the lockout period after each failure.
     */
    @Query("""
            INSERT INTO login_throttle AS t (email_key, failures, last_failure_at, locked_until)
            VALUES (:emailKey, 1, now(), CASE WHEN :maxFailures <= 1 THEN now() + make_interval(secs => :lockoutSeconds) END)
            ON CONFLICT (email_key) DO UPDATE SET
                failures = CASE WHEN t.last_failure_at < now() - make_interval(secs => :windowSeconds) THEN 1 ELSE t.failures + 1 END,
                last_failure_at = now(),
                locked_until = CASE
                    WHEN (CASE WHEN t.last_failure_at < now() - make_interval(secs => :windowSeconds) THEN 1 ELSE t.failures + 1 END) >= :maxFailures
                    THEN now() + make_interval(secs => :lockoutSeconds) END
            RETURNING *""")
    LoginThrottle recordFailure(String emailKey, int maxFailures, long windowSeconds, long lockoutSeconds);

    @Query("DELETE FROM login_throttle WHERE email_key = :emailKey")
    void forget(String emailKey);
}
