package dev.tally.hiring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.annotation.Introspected;
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

    String INTERVIEW = """
            SELECT i.id, i.candidate_id, c.name AS candidate_name, c.email AS candidate_email, c.link AS candidate_link,
                   c.notes AS candidate_notes, c.status AS candidate_status, i.opening_id, o.title AS opening_title,
                   o.hiring_manager_id, i.stage_id, s.name AS stage_name, i.kit_version_id, i.scheduled_at, i.duration_minutes,
                   i.location, i.status, i.cancelled_at, i.cancel_reason, i.created_at, i.updated_at
              FROM interview i
              JOIN candidate c ON c.org_id = i.org_id AND c.id = i.candidate_id
              JOIN opening o ON o.org_id = i.org_id AND o.id = i.opening_id
              JOIN opening_stage s ON s.org_id = i.org_id AND s.id = i.stage_id
             WHERE i.org_id = :orgId AND i.id = :id""";

    @Query(INTERVIEW)
    Optional<Interview> find(UUID orgId, UUID id);

    /** Scoring holds the interview shared, so that it cannot be cancelled while a scorecard changes. */
    @Query(INTERVIEW + " FOR SHARE OF i")
    Optional<Interview> findForScoring(UUID orgId, UUID id);

    /** The interview held shared, as {@link #findForScoring} holds it, with only what a scorecard change needs, in one statement. */
    @Query("""
            SELECT i.status, i.kit_version_id,
                   EXISTS (SELECT 1 FROM panel_member p WHERE p.org_id = i.org_id AND p.interview_id = i.id AND p.user_id = :userId) AS on_panel
              FROM interview i WHERE i.org_id = :orgId AND i.id = :id FOR SHARE""")
    Optional<ScoringSeat> findSeat(UUID orgId, UUID id, UUID userId);

    @Introspected
    record ScoringSeat(String status, UUID kitVersionId, boolean onPanel) {
    }

    @Query("SELECT status FROM interview WHERE org_id = :orgId AND id = :id FOR UPDATE")
    Optional<String> lock(UUID orgId, UUID id);

    @Query("""
            UPDATE interview SET status = 'CANCELLED', cancelled_at = now(), cancel_reason = :reason, updated_at = now()
             WHERE org_id = :orgId AND id = :id""")
    void cancel(UUID orgId, UUID id, @Nullable String reason);

    @Query("SELECT EXISTS (SELECT 1 FROM scorecard WHERE org_id = :orgId AND interview_id = :interviewId AND revision > 0)")
    boolean hasSubmittedScorecard(UUID orgId, UUID interviewId);

    @Query("""
            SELECT s.id, s.opening_id, s.name, s.kit_version_id FROM opening_stage s WHERE s.org_id = :orgId AND s.id = :id""")
    Optional<StageRef> stage(UUID orgId, UUID id);

    @Query("""
            INSERT INTO interview (org_id, id, candidate_id, opening_id, stage_id, kit_version_id, scheduled_at, duration_minutes,
                                   location, created_by)
            VALUES (:orgId, :id, :candidateId, :openingId, :stageId, :kitVersionId, :scheduledAt, :durationMinutes, :location,
                    :createdBy)""")
    void insert(UUID orgId, UUID id, UUID candidateId, UUID openingId, UUID stageId, UUID kitVersionId, Instant scheduledAt,
                int durationMinutes, @Nullable String location, UUID createdBy);

    @Query("""
            UPDATE interview SET scheduled_at = :scheduledAt, duration_minutes = COALESCE(:durationMinutes, duration_minutes),
                   location = :location, updated_at = now()
             WHERE org_id = :orgId AND id = :id""")
    void reschedule(UUID orgId, UUID id, Instant scheduledAt, @Nullable Integer durationMinutes, @Nullable String location);

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

    /** Whether the user sits on the panel of an interview that uses this kit version: interviewers read only those. */
    @Query("""
            SELECT EXISTS (SELECT 1 FROM interview i JOIN panel_member p ON p.org_id = i.org_id AND p.interview_id = i.id
                            WHERE i.org_id = :orgId AND i.kit_version_id = :versionId AND p.user_id = :userId)""")
    boolean onPanelUsing(UUID orgId, UUID versionId, UUID userId);

    @Query("SELECT org_id, id FROM interview ORDER BY org_id, id LIMIT :limit")
    List<InterviewRef> first(int limit);

    @Query("SELECT org_id, id FROM interview WHERE (org_id, id) > (:orgId, :id) ORDER BY org_id, id LIMIT :limit")
    List<InterviewRef> after(UUID orgId, UUID id, int limit);

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
               AND (CAST(:includeCancelled AS boolean) OR i.status = 'SCHEDULED')
               AND (NOT CAST(:pending AS boolean) OR (i.status = 'SCHEDULED'
                    AND EXISTS (SELECT 1 FROM panel_member m WHERE m.org_id = i.org_id AND m.interview_id = i.id AND m.user_id = :callerId)
                    AND NOT EXISTS (SELECT 1 FROM scorecard sc WHERE sc.org_id = i.org_id AND sc.interview_id = i.id
                                       AND sc.interviewer_id = :callerId AND sc.revision > 0)))
               AND (NOT CAST(:missingScorecards AS boolean) OR (i.status = 'SCHEDULED' AND i.scheduled_at < :now
                    AND (SELECT count(*) FROM panel_member p WHERE p.org_id = i.org_id AND p.interview_id = i.id)
                      > (SELECT count(*) FROM scorecard sc WHERE sc.org_id = i.org_id AND sc.interview_id = i.id AND sc.revision > 0)))
            """;

    @Query("""
            SELECT i.id, i.candidate_id, c.name AS candidate_name, i.opening_id, o.title AS opening_title, s.name AS stage_name,
                   i.scheduled_at, i.duration_minutes, i.location, i.status, i.cancelled_at, i.cancel_reason,
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
                                            @Nullable UUID candidateId, @Nullable UUID openingId, boolean includeCancelled,
                                            boolean pending, boolean missingScorecards, Instant now, int size, long offset);

    @Query("SELECT count(*) FROM interview i JOIN opening o ON o.org_id = i.org_id AND o.id = i.opening_id" + FILTERS)
    long count(UUID orgId, UUID callerId, @Nullable UUID panelistId, @Nullable UUID hiringManagerId, @Nullable UUID candidateId,
               @Nullable UUID openingId, boolean includeCancelled, boolean pending, boolean missingScorecards, Instant now);
}
