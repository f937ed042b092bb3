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
    int ensure(UUID orgId, UUID id, UUID interviewId, UUID interviewerId);

    /** Of the given interviews, those where the interviewer has submitted; the (interview, interviewer) key finds each. */
    @Query("""
            SELECT interview_id FROM scorecard
             WHERE org_id = :orgId AND interview_id = ANY(CAST(:interviewIds AS uuid[])) AND interviewer_id = :interviewerId
               AND revision > 0""")
    List<UUID> submittedAmong(UUID orgId, String interviewIds, UUID interviewerId);

    @Query("SELECT id FROM scorecard WHERE org_id = :orgId AND interview_id = ANY(CAST(:interviewIds AS uuid[]))")
    List<UUID> scorecardsOf(UUID orgId, String interviewIds);

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

    /**
     * Counts a change on the caller's scorecard when it is editable and at the base version (any, when none is given);
     * the row stays locked until the end of the transaction, so that changes to one scorecard take turns.
     */
    String COUNT_CHANGE = "UPDATE scorecard SET version = version + 1, updated_at = now()";
    String EDITABLE_AT_BASE = " " + """
             WHERE org_id = :orgId AND interview_id = :interviewId AND interviewer_id = :interviewerId AND status <> 'SUBMITTED'
               AND (CAST(:baseVersion AS int) IS NULL OR version = :baseVersion)
             RETURNING\s""" + COLUMNS;

    /**
     * A draft change's audit entry, written by the save's own statement: which part changed, never what it says, which
     * nobody but its author reads before submission (the submission is audited in full through the audit log). Issue
     * 11 allows a save and its audit row as one statement; it is one round trip of five fewer on every autosave, the
     * most frequent write there is (measured: about a sixth more saves per second). Drafts leave the organisation's
     * change count alone, as {@code AuditLog} explains, so nothing is counted here.
     */
    String DRAFT_ENTRY = """
            logged AS (
                INSERT INTO audit_event (org_id, actor_id, entity_type, entity_id, action, after)
                SELECT :orgId, :interviewerId, 'SCORECARD', id,\s""";

    /** Saves one answer on the scorecard, counted and audited, in one statement; null when it is not editable and current. */
    @Query("WITH changed AS (" + COUNT_CHANGE + EDITABLE_AT_BASE + "), " + DRAFT_ENTRY
            + "'ITEM_SAVED', jsonb_build_object('part', 'item', 'position', CAST(:position AS int)) FROM changed), " + """
            saved AS (
                INSERT INTO scorecard_item (org_id, scorecard_id, position, score, not_assessed, not_assessed_reason, key_points, note)
                SELECT :orgId, id, :position, :score, :notAssessed, :notAssessedReason,
                       ARRAY(SELECT CAST(jsonb_array_elements_text(CAST(:keyPoints AS jsonb)) AS int)), :note FROM changed
                ON CONFLICT (org_id, scorecard_id, position) DO UPDATE SET score = excluded.score, not_assessed = excluded.not_assessed,
                    not_assessed_reason = excluded.not_assessed_reason, key_points = excluded.key_points, note = excluded.note)
            """ + "SELECT " + COLUMNS + " FROM changed")
    @Nullable
    Scorecard saveItem(UUID orgId, UUID interviewId, UUID interviewerId, @Nullable Integer baseVersion, int position,
                                 @Nullable Integer score, boolean notAssessed, @Nullable String notAssessedReason, String keyPoints,
                                 String note);

    /** Raises or clears one red flag on the scorecard, counted and audited, in one statement; null when it is not editable and current. */
    @Query("WITH changed AS (" + COUNT_CHANGE + EDITABLE_AT_BASE + "), " + DRAFT_ENTRY
            + "'FLAG_SAVED', jsonb_build_object('part', 'flag', 'redFlagId', CAST(:redFlagId AS uuid)) FROM changed), " + """
            saved AS (
                INSERT INTO scorecard_flag (org_id, scorecard_id, red_flag_id, raised, note)
                SELECT :orgId, id, :redFlagId, :raised, :note FROM changed
                ON CONFLICT (org_id, scorecard_id, red_flag_id) DO UPDATE SET raised = excluded.raised, note = excluded.note)
            """ + "SELECT " + COLUMNS + " FROM changed")
    @Nullable
    Scorecard saveFlag(UUID orgId, UUID interviewId, UUID interviewerId, @Nullable Integer baseVersion, UUID redFlagId,
                                 boolean raised, String note);

    /** Saves the overall recommendation and summary, counted and audited; null when the scorecard is not editable and current. */
    @Query("WITH changed AS (" + COUNT_CHANGE + ", recommendation = :recommendation, summary = :summary" + EDITABLE_AT_BASE + "), "
            + DRAFT_ENTRY + "'OVERALL_SAVED', jsonb_build_object('part', 'overall') FROM changed) SELECT " + COLUMNS + " FROM changed")
    @Nullable
    Scorecard saveOverall(UUID orgId, UUID interviewId, UUID interviewerId, @Nullable Integer baseVersion,
                                 @Nullable Recommendation recommendation, String summary);

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

    /** The newest submitted revision of each scorecard of an interview, or one interviewer's given revision; in no order. */
    @Query("""
            SELECT sc.id AS scorecard_id, sc.interviewer_id, r.revision, r.recommendation, r.summary, r.amend_reason, r.submitted_at"""
            + SUBMITTED + WHICH)
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
