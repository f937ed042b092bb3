package dev.tally.report;

import io.micronaut.context.annotation.Secondary;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;

/** The report queries on the replica datasource; {@link ReportReads} decides per request which one a report reads. */
@JdbcRepository(value = "replica", dialect = Dialect.POSTGRES)
@Secondary
abstract class ReplicaReportRepository extends ReportRepository {
}
