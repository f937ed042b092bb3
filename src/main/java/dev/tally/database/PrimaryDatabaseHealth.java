package dev.tally.database;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.management.health.aggregator.HealthAggregator;
import io.micronaut.management.health.indicator.jdbc.JdbcIndicator;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.util.concurrent.ExecutorService;

/**
 * /health follows the primary alone. Micronaut's indicator checks every datasource, so a replica that is away would
 * take every instance out of the load balancer, when the reports only fall back to the primary (ReplicaStatus).
 */
@Singleton
@Replaces(JdbcIndicator.class)
class PrimaryDatabaseHealth extends JdbcIndicator {

    PrimaryDatabaseHealth(@Named(TaskExecutors.BLOCKING) ExecutorService executor, DataSource primary, DataSourceResolver resolver,
                          HealthAggregator<?> aggregator) {
        super(executor, new DataSource[] {primary}, resolver, aggregator);
    }
}
