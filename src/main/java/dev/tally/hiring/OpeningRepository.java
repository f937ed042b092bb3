package dev.tally.hiring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface OpeningRepository extends GenericRepository<Opening, UUID> {

    String OPENING = """
            SELECT o.id, o.org_id, o.title, o.team, o.status, o.hiring_manager_id, o.created_at, o.updated_at FROM opening o
            """;

    @Query(OPENING + " WHERE o.org_id = :orgId AND o.id = :id")
    Optional<Opening> find(UUID orgId, UUID id);

    @Query("SELECT id FROM opening WHERE org_id = :orgId AND id = :id FOR UPDATE")
    Optional<UUID> lock(UUID orgId, UUID id);

    /** The opening's status, held until the transaction ends so that it cannot close while a candidate is added. */
    @Query("SELECT status FROM opening WHERE org_id = :orgId AND id = :id FOR SHARE")
    Optional<OpeningStatus> lockStatus(UUID orgId, UUID id);

    @Query("""
            INSERT INTO opening (org_id, id, title, team, hiring_manager_id, created_by)
            VALUES (:orgId, :id, :title, :team, :hiringManagerId, :createdBy)""")
    void insert(UUID orgId, UUID id, String title, @Nullable String team, UUID hiringManagerId, UUID createdBy);

    @Query("""
            UPDATE opening SET title = :title, team = :team, hiring_manager_id = :hiringManagerId, updated_at = now()
             WHERE org_id = :orgId AND id = :id""")
    void update(UUID orgId, UUID id, String title, @Nullable String team, UUID hiringManagerId);

    @Query("UPDATE opening SET status = :status, updated_at = now() WHERE org_id = :orgId AND id = :id")
    void setStatus(UUID orgId, UUID id, OpeningStatus status);

    @Query("UPDATE opening SET updated_at = now() WHERE org_id = :orgId AND id = :id")
    void touch(UUID orgId, UUID id);

    String SUMMARY_FILTERS = """
             WHERE o.org_id = :orgId
               AND (CAST(:hiringManagerId AS uuid) IS NULL OR o.hiring_manager_id = :hiringManagerId)
               AND (CAST(:status AS text) IS NULL OR o.status = :status)
               AND (CAST(:text AS text) IS NULL OR strpos(lower(o.title), lower(:text)) > 0
                    OR strpos(lower(COALESCE(o.team, '')), lower(:text)) > 0)
            """;

    /** The candidate counts in one pass over each opening's candidates, sharing the rule of a candidate awaiting decision. */
    @Query("""
            SELECT o.id, o.title, o.team, o.status, o.hiring_manager_id, o.created_at,
                   (SELECT count(*) FROM opening_stage s WHERE s.org_id = o.org_id AND s.opening_id = o.id) AS stage_count,
                   counts.candidate_count, counts.active_candidate_count, counts.awaiting_decision_count
              FROM opening o
              CROSS JOIN LATERAL (SELECT count(*) AS candidate_count,
                                         count(*) FILTER (WHERE c.status = 'ACTIVE') AS active_candidate_count,
                                         count(*) FILTER (WHERE\s""" + CandidateRepository.AWAITING_DECISION + """
            ) AS awaiting_decision_count
                                    FROM candidate c WHERE c.org_id = o.org_id AND c.opening_id = o.id) counts""" + SUMMARY_FILTERS + """
             ORDER BY o.created_at DESC, o.id LIMIT :size OFFSET :offset""")
    List<Opening.Summary> list(UUID orgId, @Nullable UUID hiringManagerId, @Nullable OpeningStatus status, @Nullable String text,
                                          int size, long offset);

    @Query("SELECT count(*) FROM opening o" + SUMMARY_FILTERS)
    long count(UUID orgId, @Nullable UUID hiringManagerId, @Nullable OpeningStatus status, @Nullable String text);

    @Query("""
            SELECT s.id, s.position, s.name, s.kit_version_id FROM opening_stage s
             WHERE s.org_id = :orgId AND s.opening_id = :openingId ORDER BY s.position""")
    List<Opening.Stage> stages(UUID orgId, UUID openingId);

    @Query("""
            INSERT INTO opening_stage (org_id, id, opening_id, position, name, kit_version_id)
            VALUES (:orgId, :id, :openingId, :position, :name, :kitVersionId)""")
    void insertStage(UUID orgId, UUID id, UUID openingId, int position, String name, UUID kitVersionId);

    @Query("""
            UPDATE opening_stage SET position = :position, name = :name, kit_version_id = :kitVersionId
             WHERE org_id = :orgId AND opening_id = :openingId AND id = :id""")
    void updateStage(UUID orgId, UUID openingId, UUID id, int position, String name, UUID kitVersionId);

    @Query("SELECT id FROM interview WHERE org_id = :orgId AND stage_id = :stageId")
    List<UUID> interviewsAtStage(UUID orgId, UUID stageId);

    /** Moves every stage out of the way, so that the new order can be written without clashing positions. */
    @Query("UPDATE opening_stage SET position = position + 100000 WHERE org_id = :orgId AND opening_id = :openingId")
    void vacatePositions(UUID orgId, UUID openingId);

    @Query("DELETE FROM opening_stage WHERE org_id = :orgId AND opening_id = :openingId AND id = :id")
    void deleteStage(UUID orgId, UUID openingId, UUID id);

    @Query("SELECT EXISTS (SELECT 1 FROM interview WHERE org_id = :orgId AND stage_id = :stageId)")
    boolean stageHasInterviews(UUID orgId, UUID stageId);
}
