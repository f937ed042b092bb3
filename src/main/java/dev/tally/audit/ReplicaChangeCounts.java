package dev.tally.audit;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.UUID;

/**
 * The change count as the replica has it, for reads served from the replica: a tag and what it tags must come from
 * one database, or a tag read on the primary could name data the replica has not replayed yet.
 */
@JdbcRepository(value = "replica", dialect = Dialect.POSTGRES)
interface ReplicaChangeCounts extends GenericRepository<AuditEvent.Row, Long> {

    @Query(AuditRepository.CHANGE_COUNT)
    long changeCount(UUID orgId);
}
