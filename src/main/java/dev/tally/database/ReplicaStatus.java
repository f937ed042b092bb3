package dev.tally.database;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Where report reads may go now: the replica datasource while it is a streaming replica (in recovery) that answers and
 * whose replay lags at most {@code tally.replica.max-lag}; the primary otherwise: replica unset (then it is the
 * primary), down, too far behind, or not checked lately. Checked in the background every
 * {@code tally.replica.check-every}, so that no request waits on a replica that is away.
 */
@Singleton
public class ReplicaStatus {

    private static final Logger LOG = LoggerFactory.getLogger(ReplicaStatus.class);
    /**
     * A streaming replica (its WAL receiver streaming from the primary) and its lag: 0 when it has replayed all it
     * received, since an idle primary sends nothing and the time since the last replayed change then means nothing;
     * NULL, unusable, when it has replayed nothing yet. A replica cut off from its primary still has receive = replay,
     * so without a streaming receiver it is not used at all, however current it looks.
     */
    private static final String LAG = """
            SELECT pg_is_in_recovery() AND EXISTS (SELECT 1 FROM pg_stat_wal_receiver WHERE status = 'streaming'),
                   CASE WHEN NOT pg_is_in_recovery() THEN 0
                        WHEN pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() THEN 0
                        ELSE extract(epoch FROM now() - pg_last_xact_replay_timestamp()) END""";

    /** The request attribute holding the {@link Reading} a report read chose as it began. */
    public static final String SOURCE = "tally.report.source";

    public enum Source { REPLICA, PRIMARY }

    /** Where a report's data comes from and how old they may be. */
    public record Reading(Source source, Instant asOf, @Nullable Double lagSeconds) {
    }

    private record Checked(boolean replica, double lagSeconds, Instant at) {
    }

    private final DataSource replica;
    private final Duration maxLag;
    private final Duration checkEvery;
    private final Clock clock;
    private volatile Checked last;
    /** So that a replica away from the start is said once, and then only when it goes away again. */
    private volatile boolean checkedOnce;

    ReplicaStatus(@Named("replica") DataSource replica, @Value("${tally.replica.max-lag:5s}") Duration maxLag,
                  @Value("${tally.replica.check-every:2s}") Duration checkEvery, Clock clock) {
        this.replica = DelegatingDataSource.unwrapDataSource(replica);
        this.maxLag = maxLag;
        this.checkEvery = checkEvery;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${tally.replica.check-every:2s}")
    void check() {
        Checked before = last;
        try {
            read(before);
        } finally {
            checkedOnce = true;
        }
    }

    private void read(Checked before) {
        try (Connection connection = replica.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(LAG)) {
            row.next();
            boolean streaming = row.getBoolean(1);
            double lag = row.getDouble(2);
            last = new Checked(streaming && !row.wasNull(), lag, clock.instant());
        } catch (SQLException e) {
            last = null;
            if (!checkedOnce || (before != null && before.replica())) {
                LOG.warn("The replica does not answer ({}): reports read the primary", e.getMessage());
            }
        }
    }

    /** A read found the replica unreachable: the primary until the next check finds it back. */
    void setAside() {
        last = null;
    }

    /** The primary, as of now. */
    public Reading primary() {
        return new Reading(Source.PRIMARY, clock.instant(), null);
    }

    /** The source of a report read starting now. */
    public Reading current() {
        Checked checked = last;
        Instant now = clock.instant();
        boolean usable = checked != null && checked.replica() && checked.lagSeconds() <= maxLag.toMillis() / 1000.0
                && checked.at().isAfter(now.minus(checkEvery.multipliedBy(3)));
        if (!usable) {
            return primary();
        }
        return new Reading(Source.REPLICA, checked.at().minusMillis(Math.round(checked.lagSeconds() * 1000)), checked.lagSeconds());
    }
}
