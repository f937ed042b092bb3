package dev.tally.idempotency;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface IdempotencyRepository extends GenericRepository<StoredResponse, String> {

    @Query("SELECT key, fingerprint, response_status, CAST(response_body AS text) AS response_body FROM idempotency_key"
            + " WHERE org_id = :orgId AND user_id = :userId AND key = :key")
    Optional<StoredResponse> find(UUID orgId, UUID userId, String key);

    /**
     * Keeps the answer unless the key has one: 0 then. A concurrent insert of the same key waits for the other
     * transaction, so 0 means an answer that is committed.
     */
    @Query("""
            INSERT INTO idempotency_key (org_id, user_id, key, fingerprint, response_status, response_body)
            VALUES (:orgId, :userId, :key, :fingerprint, :status, CAST(:body AS jsonb))
            ON CONFLICT (org_id, user_id, key) DO NOTHING""")
    int store(UUID orgId, UUID userId, String key, String fingerprint, int status, String body);

    /** Forgets up to {@code limit} answers kept since before {@code before}, oldest first; a batch keeps locks short. */
    @Query("""
            DELETE FROM idempotency_key WHERE ctid IN (
                SELECT ctid FROM idempotency_key WHERE created_at < :before ORDER BY created_at LIMIT :limit)""")
    int forgetOlderThan(Instant before, int limit);
}
