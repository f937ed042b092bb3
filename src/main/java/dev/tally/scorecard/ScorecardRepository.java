package dev.tally.scorecard;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ScorecardRepository extends GenericRepository<Scorecard, UUID> {

    String COLUMNS = "id, interview_id, interviewer_id, status, version, revision, recommendation, summary, amend_reason, created_at, updated_at";

    @Query("""
            INSERT INTO scorecard (org_id, id, interview_id, interviewer_id) VALUES (:orgId, :id, :interviewId, :interviewerId)
            ON CONFLICT (org_id, interview_id, interviewer_id) DO NOTHING""")
    void ensure(UUID orgId, UUID id, UUID interviewId, UUID interviewerId);

    /** The scorecard, locked until the end of the transaction: saves, submit and amend on one scorecard take turns. */
    @Query("SELECT " + COLUMNS + " FROM scorecard WHERE org_id = :orgId AND interview_id = :interviewId AND interviewer_id = :interviewerId FOR UPDATE")
    Optional<Scorecard> lock(UUID orgId, UUID interviewId, UUID interviewerId);

    @Query("SELECT " + COLUMNS + " FROM scorecard WHERE org_id = :orgId AND interview_id = :interviewId AND interviewer_id = :interviewerId")
    Optional<Scorecard> find(UUID orgId, UUID interviewId, UUID interviewerId);

    @Query("""
            SELECT position, score, not_assessed, not_assessed_reason, to_jsonb(key_points) AS key_points, note
              FROM scorecard_item WHERE org_id = :orgId AND scorecard_id = :scorecardId ORDER BY position""")
    List<ScorecardViews.ItemAnswer> items(UUID orgId, UUID scorecardId);

    @Query("SELECT red_flag_id, raised, note FROM scorecard_flag WHERE org_id = :orgId AND scorecard_id = :scorecardId ORDER BY red_flag_id")
    List<ScorecardViews.FlagAnswer> flags(UUID orgId, UUID scorecardId);

    @Query("""
            INSERT INTO scorecard_item (org_id, scorecard_id, position, score, not_assessed, not_assessed_reason, key_points, note)
            VALUES (:orgId, :scorecardId, :position, :score, :notAssessed, :notAssessedReason,
                    ARRAY(SELECT CAST(jsonb_array_elements_text(CAST(:keyPoints AS jsonb)) AS int)), :note)
            ON CONFLICT (org_id, scorecard_id, position) DO UPDATE SET score = excluded.score, not_assessed = excluded.not_assessed,
                not_assessed_reason = excluded.not_assessed_reason, key_points = excluded.key_points, note = excluded.note""")
    void saveItem(UUID orgId, UUID scorecardId, int position, @Nullable Integer score, boolean notAssessed,
                  @Nullable String notAssessedReason, String keyPoints, String note);

    @Query("""
            INSERT INTO scorecard_flag (org_id, scorecard_id, red_flag_id, raised, note) VALUES (:orgId, :scorecardId, :redFlagId, :raised, :note)
            ON CONFLICT (org_id, scorecard_id, red_flag_id) DO UPDATE SET raised = excluded.raised, note = excluded.note""")
    void saveFlag(UUID orgId, UUID scorecardId, UUID redFlagId, boolean raised, String note);

    @Query("UPDATE scorecard SET recommendation = :recommendation, summary = :summary WHERE org_id = :orgId AND id = :id")
    void saveOverall(UUID orgId, UUID id, @Nullable String recommendation, String summary);

    /** Counts one acknowledged change. */
    @Query("UPDATE scorecard SET version = version + 1, updated_at = now() WHERE org_id = :orgId AND id = :id")
    void advance(UUID orgId, UUID id);

    @Query("""
            INSERT INTO scorecard_revision (org_id, scorecard_id, revision, recommendation, summary, amend_reason, submitted_by)
            SELECT org_id, id, :revision, recommendation, summary, CASE WHEN :revision > 1 THEN amend_reason END, :submittedBy
              FROM scorecard WHERE org_id = :orgId AND id = :id""")
    void insertRevision(UUID orgId, UUID id, int revision, UUID submittedBy);

    @Query("""
            INSERT INTO scorecard_revision_item (org_id, scorecard_id, revision, position, score, not_assessed, not_assessed_reason, key_points, note)
            SELECT org_id, scorecard_id, :revision, position, score, not_assessed, not_assessed_reason, key_points, note
              FROM scorecard_item WHERE org_id = :orgId AND scorecard_id = :id""")
    void copyItemsToRevision(UUID orgId, UUID id, int revision);

    @Query("""
            INSERT INTO scorecard_revision_flag (org_id, scorecard_id, revision, red_flag_id, note)
            SELECT org_id, scorecard_id, :revision, red_flag_id, note
              FROM scorecard_flag WHERE org_id = :orgId AND scorecard_id = :id AND raised""")
    void copyRaisedFlagsToRevision(UUID orgId, UUID id, int revision);

    @Query("""
            UPDATE scorecard SET status = 'SUBMITTED', revision = :revision, version = version + 1, updated_at = now()
             WHERE org_id = :orgId AND id = :id""")
    void markSubmitted(UUID orgId, UUID id, int revision);

    @Query("""
            UPDATE scorecard SET status = 'AMENDING', amend_reason = :reason, version = version + 1, updated_at = now()
             WHERE org_id = :orgId AND id = :id""")
    void reopenForAmendment(UUID orgId, UUID id, String reason);

    /** Makes submissions to one interview take turns, so each recomputation of its statistics sees the others. */
    @Query("SELECT 1 FROM pg_advisory_xact_lock(hashtextextended(CAST(:interviewId AS text), 7201002))")
    int lockInterviewStats(UUID interviewId);

    /**
     * Recomputes every panel member's leniency contributions within one interview from the submitted revisions: for
     * each item scored by two or more, their score minus the mean of the others' scores.
     */
    @Query("""
            WITH answers AS (
                SELECT sc.interviewer_id, ri.position, ri.score FROM scorecard sc
                  JOIN scorecard_revision_item ri ON ri.org_id = sc.org_id AND ri.scorecard_id = sc.id AND ri.revision = sc.revision
                 WHERE sc.org_id = :orgId AND sc.interview_id = :interviewId AND sc.revision > 0 AND ri.score IS NOT NULL),
            totals AS (SELECT position, sum(score) AS total, count(*) AS raters FROM answers GROUP BY position),
            contributions AS (
                SELECT a.interviewer_id, sum(a.score - (t.total - a.score)::numeric / (t.raters - 1)) AS diff_sum, count(*) AS comparisons
                  FROM answers a JOIN totals t ON t.position = a.position WHERE t.raters >= 2 GROUP BY a.interviewer_id)
            INSERT INTO interview_rater_stat (org_id, interview_id, interviewer_id, diff_sum, comparisons)
            SELECT :orgId, :interviewId, sc.interviewer_id, COALESCE(c.diff_sum, 0), COALESCE(c.comparisons, 0)
              FROM scorecard sc LEFT JOIN contributions c ON c.interviewer_id = sc.interviewer_id
             WHERE sc.org_id = :orgId AND sc.interview_id = :interviewId AND sc.revision > 0
            ON CONFLICT (org_id, interview_id, interviewer_id)
            DO UPDATE SET diff_sum = excluded.diff_sum, comparisons = excluded.comparisons""")
    void refreshRaterStats(UUID orgId, UUID interviewId);

    @Query("DELETE FROM interview_item_stat WHERE org_id = :orgId AND interview_id = :interviewId")
    void clearItemStats(UUID orgId, UUID interviewId);

    /** Recomputes the per-item aggregates of one interview from its submitted revisions (after clearing them). */
    @Query("""
            INSERT INTO interview_item_stat (org_id, interview_id, position, n, total, min, max, raters, scores)
            SELECT sc.org_id, sc.interview_id, ri.position, count(*), sum(ri.score), min(ri.score), max(ri.score),
                   array_agg(sc.interviewer_id ORDER BY sc.interviewer_id), array_agg(ri.score ORDER BY sc.interviewer_id)
              FROM scorecard sc
              JOIN scorecard_revision_item ri ON ri.org_id = sc.org_id AND ri.scorecard_id = sc.id AND ri.revision = sc.revision
             WHERE sc.org_id = :orgId AND sc.interview_id = :interviewId AND sc.revision > 0 AND ri.score IS NOT NULL
             GROUP BY sc.org_id, sc.interview_id, ri.position""")
    void refreshItemStats(UUID orgId, UUID interviewId);

    /** Recomputes the interview's summary for the opening report from its item aggregates and submitted revisions. */
    @Query("""
            INSERT INTO interview_summary (org_id, interview_id, submitted, amended, weight_sum, weighted_sum, competency_codes,
                                           competency_weighted, competency_weights, disagreements, definitely_no, no, yes,
                                           strong_yes, no_decision)
            SELECT i.org_id, i.id,
                   (SELECT count(*) FROM scorecard sc WHERE sc.org_id = i.org_id AND sc.interview_id = i.id AND sc.revision > 0),
                   (SELECT count(*) FROM scorecard sc WHERE sc.org_id = i.org_id AND sc.interview_id = i.id AND sc.revision > 1),
                   COALESCE(t.weight_sum, 0), COALESCE(t.weighted_sum, 0),
                   COALESCE(c.codes, '{}'), COALESCE(c.weighted, '{}'), COALESCE(c.weights, '{}'), COALESCE(t.disagreements, 0),
                   r.definitely_no, r.no, r.yes, r.strong_yes, r.no_decision
              FROM interview i
              JOIN kit_version kv ON kv.org_id = i.org_id AND kv.id = i.kit_version_id
              LEFT JOIN LATERAL (
                    SELECT sum(ki.weight) AS weight_sum, sum(ki.weight * s.total::numeric / s.n) AS weighted_sum,
                           count(*) FILTER (WHERE s.max - s.min >= kv.disagreement_spread) AS disagreements
                      FROM kit_item ki JOIN interview_item_stat s ON s.org_id = i.org_id AND s.interview_id = i.id AND s.position = ki.position
                     WHERE ki.org_id = i.org_id AND ki.kit_version_id = i.kit_version_id AND s.n > 0) t ON true
              LEFT JOIN LATERAL (
                    SELECT array_agg(competency ORDER BY competency) AS codes, array_agg(num ORDER BY competency) AS weighted,
                           array_agg(den ORDER BY competency) AS weights
                      FROM (SELECT qv.competency, sum(ki.weight * s.total::numeric / s.n) AS num, sum(ki.weight) AS den
                              FROM kit_item ki
                              JOIN question_version qv ON qv.org_id = ki.question_org_id AND qv.id = ki.question_version_id
                              JOIN interview_item_stat s ON s.org_id = i.org_id AND s.interview_id = i.id AND s.position = ki.position
                             WHERE ki.org_id = i.org_id AND ki.kit_version_id = i.kit_version_id AND s.n > 0
                             GROUP BY qv.competency) per_competency) c ON true
              CROSS JOIN LATERAL (
                    SELECT count(*) FILTER (WHERE rv.recommendation = 'DEFINITELY_NO') AS definitely_no,
                           count(*) FILTER (WHERE rv.recommendation = 'NO') AS no,
                           count(*) FILTER (WHERE rv.recommendation = 'YES') AS yes,
                           count(*) FILTER (WHERE rv.recommendation = 'STRONG_YES') AS strong_yes,
                           count(*) FILTER (WHERE rv.recommendation = 'NO_DECISION') AS no_decision
                      FROM scorecard sc JOIN scorecard_revision rv ON rv.org_id = sc.org_id AND rv.scorecard_id = sc.id AND rv.revision = sc.revision
                     WHERE sc.org_id = i.org_id AND sc.interview_id = i.id) r
             WHERE i.org_id = :orgId AND i.id = :interviewId
            ON CONFLICT (org_id, interview_id) DO UPDATE SET submitted = excluded.submitted, amended = excluded.amended,
                weight_sum = excluded.weight_sum, weighted_sum = excluded.weighted_sum, competency_codes = excluded.competency_codes,
                competency_weighted = excluded.competency_weighted, competency_weights = excluded.competency_weights,
                disagreements = excluded.disagreements, definitely_no = excluded.definitely_no, no = excluded.no, yes = excluded.yes,
                strong_yes = excluded.strong_yes, no_decision = excluded.no_decision""")
    void refreshSummary(UUID orgId, UUID interviewId);

    /** Recomputes each rater's coefficients c_v = Σ w_i / n_i over the items they scored v, from the item aggregates. */
    @Query("""
            UPDATE interview_rater_stat r SET c1 = x.c1, c2 = x.c2, c3 = x.c3, c4 = x.c4
              FROM (SELECT p.interviewer_id,
                           COALESCE(sum(ki.weight / s.n) FILTER (WHERE u.score = 1), 0) AS c1,
                           COALESCE(sum(ki.weight / s.n) FILTER (WHERE u.score = 2), 0) AS c2,
                           COALESCE(sum(ki.weight / s.n) FILTER (WHERE u.score = 3), 0) AS c3,
                           COALESCE(sum(ki.weight / s.n) FILTER (WHERE u.score = 4), 0) AS c4
                      FROM interview_rater_stat p
                      JOIN interview i ON i.org_id = p.org_id AND i.id = p.interview_id
                      JOIN kit_item ki ON ki.org_id = i.org_id AND ki.kit_version_id = i.kit_version_id
                      LEFT JOIN interview_item_stat s ON s.org_id = i.org_id AND s.interview_id = i.id AND s.position = ki.position
                      LEFT JOIN LATERAL unnest(s.raters, s.scores) AS u(rater, score) ON u.rater = p.interviewer_id
                     WHERE p.org_id = :orgId AND p.interview_id = :interviewId
                     GROUP BY p.interviewer_id) x
             WHERE r.org_id = :orgId AND r.interview_id = :interviewId AND r.interviewer_id = x.interviewer_id""")
    void refreshRaterCoefficients(UUID orgId, UUID interviewId);

    @Query("""
            SELECT scorecard_id, revision, submitted_at, amend_reason FROM scorecard_revision
             WHERE org_id = :orgId AND scorecard_id IN (SELECT id FROM scorecard WHERE org_id = :orgId AND interview_id = :interviewId)
             ORDER BY scorecard_id, revision""")
    List<ScorecardViews.RevisionOfScorecard> revisionsOfInterview(UUID orgId, UUID interviewId);

    String SUBMITTED = """
              FROM scorecard sc
              JOIN scorecard_revision r ON r.org_id = sc.org_id AND r.scorecard_id = sc.id
                                       AND r.revision = COALESCE(CAST(:revision AS int), sc.revision)
            """;
    String WHICH = """
             WHERE sc.org_id = :orgId AND sc.interview_id = :interviewId AND sc.revision > 0
               AND (CAST(:interviewerId AS uuid) IS NULL OR sc.interviewer_id = :interviewerId)
            """;

    /** The newest submitted revision of each scorecard of an interview, or one interviewer's given revision. */
    @Query("""
            SELECT sc.id AS scorecard_id, sc.interviewer_id, u.name AS interviewer_name, r.revision, r.recommendation, r.summary,
                   r.amend_reason, r.submitted_at""" + SUBMITTED
            + " JOIN app_user u ON u.org_id = sc.org_id AND u.id = sc.interviewer_id" + WHICH + " ORDER BY u.name, sc.interviewer_id")
    List<ScorecardViews.RevisionHeader> submitted(UUID orgId, UUID interviewId, @Nullable UUID interviewerId, @Nullable Integer revision);

    @Query("""
            SELECT ri.scorecard_id, ri.position, ri.score, ri.not_assessed, ri.not_assessed_reason, to_jsonb(ri.key_points) AS key_points, ri.note"""
            + SUBMITTED + " JOIN scorecard_revision_item ri ON ri.org_id = r.org_id AND ri.scorecard_id = r.scorecard_id AND ri.revision = r.revision"
            + WHICH + " ORDER BY ri.scorecard_id, ri.position")
    List<ScorecardViews.RevisionItem> submittedItems(UUID orgId, UUID interviewId, @Nullable UUID interviewerId, @Nullable Integer revision);

    @Query("SELECT rf.scorecard_id, rf.red_flag_id, rf.note" + SUBMITTED
            + " JOIN scorecard_revision_flag rf ON rf.org_id = r.org_id AND rf.scorecard_id = r.scorecard_id AND rf.revision = r.revision"
            + WHICH + " ORDER BY rf.scorecard_id, rf.red_flag_id")
    List<ScorecardViews.RevisionFlag> submittedFlags(UUID orgId, UUID interviewId, @Nullable UUID interviewerId, @Nullable Integer revision);
}
