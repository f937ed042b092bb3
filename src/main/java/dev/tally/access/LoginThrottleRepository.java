package dev.tally.access;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface LoginThrottleRepository extends GenericRepository<LoginThrottle, String> {

    @Query("SELECT * FROM login_throttle WHERE kind = :kind AND email_key = :emailKey AND client = :client")
    Optional<LoginThrottle> find(String kind, String emailKey, String client);

    /**
     * Counts one more attempt in one statement, so concurrent attempts cannot undercount. A window older than
     * {@code windowSeconds} starts again at 1. Shared by every instance, so the limits hold behind a load balancer.
     */
    @Query("""
            INSERT INTO login_throttle AS t (kind, email_key, client, count, window_started_at, expires_at)
            VALUES (:kind, :emailKey, :client, 1, now(), now() + make_interval(secs => :windowSeconds))
            ON CONFLICT (kind, email_key, client) DO UPDATE SET
                count = CASE WHEN t.window_started_at <= now() - make_interval(secs => :windowSeconds) THEN 1 ELSE t.count + 1 END,
                window_started_at = CASE WHEN t.window_started_at <= now() - make_interval(secs => :windowSeconds)
                    THEN now() ELSE t.window_started_at END,
                expires_at = greatest(t.locked_until, make_interval(secs => :windowSeconds)
                    + CASE WHEN t.window_started_at <= now() - make_interval(secs => :windowSeconds) THEN now() ELSE t.window_started_at END)
            RETURNING *""")
    LoginThrottle count(String kind, String emailKey, String client, long windowSeconds);

    @Query("""
            UPDATE login_throttle SET locked_until = now() + make_interval(secs => :lockSeconds),
                expires_at = greatest(expires_at, now() + make_interval(secs => :lockSeconds))
            WHERE kind = :kind AND email_key = :emailKey AND client = :client""")
    void lock(String kind, String emailKey, String client, long lockSeconds);

    @Query("DELETE FROM login_throttle WHERE kind = :kind AND email_key = :emailKey AND client = :client")
    void forget(String kind, String emailKey, String client);

    /** Forgets up to {@code limit} rows that stopped counting before {@code before}; a batch keeps locks short. */
    @Query("""
            DELETE FROM login_throttle WHERE ctid IN (
                SELECT ctid FROM login_throttle WHERE expires_at < :before ORDER BY expires_at LIMIT :limit)""")
    int forgetExpiredBefore(Instant before, int limit);
}
