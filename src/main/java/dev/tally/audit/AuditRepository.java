package dev.tally.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface AuditRepository extends GenericRepository<AuditEvent, Long> {

    @Query("""
            INSERT INTO audit_event (org_id, actor_id, entity_type, entity_id, action, before, after)
            VALUES (:orgId, :actorId, :entityType, :entityId, :action, CAST(:before AS jsonb), CAST(:after AS jsonb))""")
    void append(UUID orgId, @Nullable UUID actorId, String entityType, UUID entityId, String action,
                @Nullable String before, @Nullable String after);

    String CHANGE_COUNT = "SELECT COALESCE((SELECT changes FROM audit_change_count WHERE org_id = :orgId), 0)";

    @Query("""
            INSERT INTO audit_change_count (org_id, changes) VALUES (:orgId, :changes)
            ON CONFLICT (org_id) DO UPDATE SET changes = audit_change_count.changes + excluded.changes""")
    void countChanges(UUID orgId, int changes);

    @Query(CHANGE_COUNT)
    long changeCount(UUID orgId);

    String FILTERS = """
             WHERE e.org_id = :orgId
               AND (CAST(:entityType AS text) IS NULL OR e.entity_type = :entityType)
               AND (CAST(:entityId AS uuid) IS NULL OR e.entity_id = :entityId)
               AND (CAST(:actorId AS uuid) IS NULL OR e.actor_id = :actorId)
               AND NOT (e.entity_id = ANY(CAST(:hidden AS uuid[])))
            """;

    @Query("""
            SELECT e.id, e.occurred_at, e.actor_id, e.entity_type, e.entity_id, e.action, e.before, e.after
              FROM audit_event e""" + FILTERS + """
             ORDER BY e.id DESC LIMIT :size OFFSET :offset""")
    List<AuditEvent.Row> find(UUID orgId, @Nullable String entityType, @Nullable UUID entityId, @Nullable UUID actorId, String hidden, int size,
                          long offset);

    @Query("SELECT count(*) FROM audit_event e" + FILTERS)
    long count(UUID orgId, @Nullable String entityType, @Nullable UUID entityId, @Nullable UUID actorId, String hidden);
}
