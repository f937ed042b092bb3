package dev.tally.question;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The red-flag catalogue visible to an organisation: the built-in flags and its own. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface RedFlagRepository extends GenericRepository<RedFlag, UUID> {

    RedFlag save(RedFlag flag);

    @Query("""
            SELECT * FROM red_flag
             WHERE org_id IN (:orgId, '00000000-0000-0000-0000-000000000000')
               AND (CAST(:severity AS text) IS NULL OR severity = :severity)
             ORDER BY org_id <> '00000000-0000-0000-0000-000000000000', created_at, id
             LIMIT :size OFFSET :offset""")
    List<RedFlag> list(UUID orgId, @Nullable String severity, int size, long offset);

    @Query("""
            SELECT count(*) FROM red_flag
             WHERE org_id IN (:orgId, '00000000-0000-0000-0000-000000000000')
               AND (CAST(:severity AS text) IS NULL OR severity = :severity)""")
    long count(UUID orgId, @Nullable String severity);

    @Query("SELECT * FROM red_flag WHERE org_id IN (:orgId, '00000000-0000-0000-0000-000000000000') AND id = :id")
    Optional<RedFlag> findVisible(UUID orgId, UUID id);

    @Query("SELECT * FROM red_flag WHERE org_id IN (:orgId, '00000000-0000-0000-0000-000000000000') AND id = ANY(CAST(:ids AS uuid[]))")
    List<RedFlag> findAllVisible(UUID orgId, String ids);

    @Query("SELECT EXISTS (SELECT 1 FROM red_flag WHERE org_id = :orgId AND lower(title) = lower(:title))")
    boolean titleTaken(UUID orgId, String title);
}
