package dev.tally.hiring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface InterviewRepository extends GenericRepository<Interview, UUID> {

    @Query("""
            SELECT i.id, i.candidate_id, c.name AS candidate_name, c.status AS candidate_status, i.opening_id,
                   o.title AS opening_title, o.hiring_manager_id, i.stage_id, s.name AS stage_name, i.kit_version_id,
                   i.scheduled_at, i.created_at, i.updated_at
              FROM interview i
              JOIN candidate c ON c.org_id = i.org_id AND c.id = i.candidate_id
              JOIN opening o ON o.org_id = i.org_id AND o.id = i.opening_id
              JOIN opening_stage s ON s.org_id = i.org_id AND s.id = i.stage_id
             WHERE i.org_id = :orgId AND i.id = :id""")
    Optional<Interview> find(UUID orgId, UUID id);

    @Query("SELECT id FROM interview WHERE org_id = :orgId AND id = :id FOR UPDATE")
    Optional<UUID> lock(UUID orgId, UUID id);

    @Query("""
            SELECT s.id, s.opening_id, s.name, s.kit_version_id, v.status AS kit_status
              FROM opening_stage s JOIN kit_version v ON v.org_id = s.org_id AND v.id = s.kit_version_id
             WHERE s.org_id = :orgId AND s.id = :id""")
    Optional<StageRef> stage(UUID orgId, UUID id);

    @Query("""
            INSERT INTO interview (org_id, id, candidate_id, opening_id, stage_id, kit_version_id, scheduled_at, created_by)
            VALUES (:orgId, :id, :candidateId, :openingId, :stageId, :kitVersionId, :scheduledAt, :createdBy)""")
    void insert(UUID orgId, UUID id, UUID candidateId, UUID openingId, UUID stageId, UUID kitVersionId, Instant scheduledAt,
                UUID createdBy);

    @Query("UPDATE interview SET scheduled_at = :scheduledAt, updated_at = now() WHERE org_id = :orgId AND id = :id")
    void reschedule(UUID orgId, UUID id, Instant scheduledAt);

    @Query("""
            INSERT INTO panel_member (org_id, interview_id, user_id)
            SELECT :orgId, :interviewId, CAST(u AS uuid) FROM jsonb_array_elements_text(CAST(:userIds AS jsonb)) AS u
            ON CONFLICT DO NOTHING""")
    void addPanel(UUID orgId, UUID interviewId, String userIds);

    @Query("DELETE FROM panel_member WHERE org_id = :orgId AND interview_id = :interviewId AND user_id = :userId")
    void removeFromPanel(UUID orgId, UUID interviewId, UUID userId);

    @Query("""
            SELECT u.id, u.name, u.email, COALESCE(sc.status, 'NOT_STARTED') AS scorecard_status
              FROM panel_member p
              JOIN app_user u ON u.org_id = p.org_id AND u.id = p.user_id
              LEFT JOIN scorecard sc ON sc.org_id = p.org_id AND sc.interview_id = p.interview_id AND sc.interviewer_id = p.user_id
             WHERE p.org_id = :orgId AND p.interview_id = :interviewId ORDER BY u.name, u.id""")
    List<HiringViews.PanelMember> panel(UUID orgId, UUID interviewId);

    @Query("SELECT interview_id FROM panel_member WHERE org_id = :orgId AND user_id = :userId")
    List<UUID> panelInterviewsOf(UUID orgId, UUID userId);

    @Query("SELECT EXISTS (SELECT 1 FROM scorecard WHERE org_id = :orgId AND interview_id = :interviewId AND interviewer_id = :userId)")
    boolean hasScorecard(UUID orgId, UUID interviewId, UUID userId);

    String FILTERS = """
             WHERE i.org_id = :orgId
               AND (CAST(:panelistId AS uuid) IS NULL
                    OR EXISTS (SELECT 1 FROM panel_member m WHERE m.org_id = i.org_id AND m.interview_id = i.id AND m.user_id = :panelistId))
               AND (CAST(:hiringManagerId AS uuid) IS NULL OR o.hiring_manager_id = :hiringManagerId)
               AND (CAST(:candidateId AS uuid) IS NULL OR i.candidate_id = :candidateId)
               AND (CAST(:openingId AS uuid) IS NULL OR i.opening_id = :openingId)
            """;

    @Query("""
            SELECT i.id, i.candidate_id, c.name AS candidate_name, i.opening_id, o.title AS opening_title, s.name AS stage_name,
                   i.scheduled_at,
                   (SELECT count(*) FROM panel_member p WHERE p.org_id = i.org_id AND p.interview_id = i.id) AS panel_size,
                   (SELECT count(*) FROM scorecard sc WHERE sc.org_id = i.org_id AND sc.interview_id = i.id AND sc.revision > 0) AS submitted_count,
                   (SELECT COALESCE(sc.status, 'NOT_STARTED') FROM panel_member p
                      LEFT JOIN scorecard sc ON sc.org_id = p.org_id AND sc.interview_id = p.interview_id AND sc.interviewer_id = p.user_id
                     WHERE p.org_id = i.org_id AND p.interview_id = i.id AND p.user_id = :callerId) AS my_scorecard_status
              FROM interview i
              JOIN candidate c ON c.org_id = i.org_id AND c.id = i.candidate_id
              JOIN opening o ON o.org_id = i.org_id AND o.id = i.opening_id
              JOIN opening_stage s ON s.org_id = i.org_id AND s.id = i.stage_id""" + FILTERS + """
             ORDER BY i.scheduled_at, i.id LIMIT :size OFFSET :offset""")
    List<HiringViews.InterviewSummary> list(UUID orgId, UUID callerId, @Nullable UUID panelistId, @Nullable UUID hiringManagerId,
                                            @Nullable UUID candidateId, @Nullable UUID openingId, int size, long offset);

    @Query("SELECT count(*) FROM interview i JOIN opening o ON o.org_id = i.org_id AND o.id = i.opening_id" + FILTERS)
    long count(UUID orgId, @Nullable UUID panelistId, @Nullable UUID hiringManagerId, @Nullable UUID candidateId,
               @Nullable UUID openingId);
}
