package dev.tally.access;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface OrganisationRepository extends GenericRepository<Organisation, UUID> {

    Organisation save(Organisation organisation);

    Optional<Organisation> findById(UUID id);

    boolean existsByKind(Organisation.Kind kind);

    /** Serialises bootstraps of instances that start at once; released at the end of the transaction. */
    @Query("SELECT 1 FROM pg_advisory_xact_lock(7201001)")
    int lockBootstrap();

    Page<Organisation> findByKindNotEqual(Organisation.Kind kind, Pageable pageable);
}
