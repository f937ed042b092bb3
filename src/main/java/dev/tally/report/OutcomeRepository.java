package dev.tally.report;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The report's own tables: each interview's stored outcome, its items' scores and its interviewers' leniency parts. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface OutcomeRepository extends GenericRepository<ReportRows.OpeningRef, UUID> {

    /** Recomputations of one interview take turns, so that each sees the submissions committed before it. */
    @Query("SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtextextended(CAST(:interviewId AS text), 7201002))) l")
    int lockInterview(UUID interviewId);

    /**
     * Changes to an organisation's leniency totals take turns. A transaction takes it only after the locks of every
     * interview it recomputes (see {@code InterviewOutcomes.refreshAll}), so two cannot wait for each other.
     */
    @Query("SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtextextended(CAST(:orgId AS text), 7201014))) l")
    int lockLeniencyTotals(UUID orgId);

    @Query("SELECT interviewer_id, diff_sum, comparisons FROM interview_rater_stat WHERE org_id = :orgId AND interview_id = :interviewId")
    List<InterviewOutcome.RaterContribution> contributions(UUID orgId, UUID interviewId);

    /**
     * {@code items} is a JSON array of {@link ReportRows.ItemStat}; the total is the sum of its scores. The kit's
     * positions are fixed, so an upsert covers them all.
     */
    @Query("""
            INSERT INTO interview_item_outcome (org_id, interview_id, position, question_code, question_version, competency, weight,
                                                required, n, total, min, max, raters, scores)
            SELECT :orgId, :interviewId, x.position, x."questionCode", x."questionVersion", x.competency, x.weight, x.required,
                   x.n, COALESCE((SELECT sum(s) FROM unnest(x.scores) s), 0), x.min, x.max, x.raters, x.scores
              FROM jsonb_to_recordset(CAST(:items AS jsonb)) AS x(position int, "questionCode" text, "questionVersion" int,
                   competency text, weight numeric, required boolean, n int, min smallint, max smallint,
                   raters uuid[], scores smallint[])
            ON CONFLICT (org_id, interview_id, position) DO UPDATE SET n = excluded.n, total = excluded.total, min = excluded.min,
                max = excluded.max, raters = excluded.raters, scores = excluded.scores""")
    void saveItems(UUID orgId, UUID interviewId, String items);

    /** {@code raters} is a JSON array of {@link InterviewOutcome.RaterContribution}; who submitted stays submitted. */
    @Query("""
            INSERT INTO interview_rater_stat (org_id, interview_id, interviewer_id, diff_sum, comparisons)
            SELECT :orgId, :interviewId, x."interviewerId", x."diffSum", x.comparisons
              FROM jsonb_to_recordset(CAST(:raters AS jsonb)) AS x("interviewerId" uuid, "diffSum" numeric, comparisons int)
            ON CONFLICT (org_id, interview_id, interviewer_id) DO UPDATE SET diff_sum = excluded.diff_sum,
                comparisons = excluded.comparisons""")
    void saveContributions(UUID orgId, UUID interviewId, String raters);

    /**
     * Adds each interviewer's change ({@code changes}, a JSON array of {@link InterviewOutcome.RaterContribution}) to
     * their totals. An amendment can lower a total, so existing rows are updated rather than upserted: an upsert would
     * check the negative change itself against the constraint before finding the row. Answers the interviewers who got
     * their first row (a statement starting with WITH is run as a query, so it returns rows).
     */
    @Query("""
            WITH x AS (SELECT * FROM jsonb_to_recordset(CAST(:changes AS jsonb)) AS x("interviewerId" uuid, "diffSum" numeric, comparisons int)),
            changed AS (
                UPDATE interviewer_leniency l SET diff_sum = l.diff_sum + x."diffSum", comparisons = l.comparisons + x.comparisons
                  FROM x WHERE l.org_id = :orgId AND l.interviewer_id = x."interviewerId"
                RETURNING l.interviewer_id)
            INSERT INTO interviewer_leniency (org_id, interviewer_id, diff_sum, comparisons)
            SELECT :orgId, x."interviewerId", x."diffSum", x.comparisons FROM x
             WHERE x."interviewerId" NOT IN (SELECT interviewer_id FROM changed)
            RETURNING interviewer_id""")
    List<UUID> addToLeniencyTotals(UUID orgId, String changes);

    @Query("""
            INSERT INTO interview_outcome (org_id, interview_id, opening_id, candidate_id, stage_id, panel_size, submitted, amended,
                                           weight_sum, weighted_sum, competencies, recommendations, flags, knockouts, decision,
                                           decision_rank, reasons, scheduled_at, facts, panel, raised_flags)
            VALUES (:orgId, :interviewId, :openingId, :candidateId, :stageId, :panelSize, :submitted, :amended, :weightSum,
                    :weightedSum, CAST(:competencies AS jsonb), CAST(:recommendations AS jsonb), :flags, :knockouts, :decision,
                    :decisionRank, CAST(:reasons AS jsonb), :scheduledAt, CAST(:facts AS jsonb), CAST(:panel AS jsonb),
                    CAST(:raisedFlags AS jsonb))
            ON CONFLICT (org_id, interview_id) DO UPDATE SET panel_size = excluded.panel_size, submitted = excluded.submitted,
                amended = excluded.amended, weight_sum = excluded.weight_sum, weighted_sum = excluded.weighted_sum,
                competencies = excluded.competencies, recommendations = excluded.recommendations, flags = excluded.flags,
                knockouts = excluded.knockouts, decision = excluded.decision, decision_rank = excluded.decision_rank,
                reasons = excluded.reasons, scheduled_at = excluded.scheduled_at, facts = excluded.facts, panel = excluded.panel,
                raised_flags = excluded.raised_flags""")
    void saveOutcome(UUID orgId, UUID interviewId, UUID openingId, UUID candidateId, UUID stageId, int panelSize, int submitted,
                     int amended, double weightSum, double weightedSum, String competencies, String recommendations, int flags,
                     int knockouts, String decision, int decisionRank, String reasons, Instant scheduledAt, String facts,
                     String panel, String raisedFlags);

    /** Of the given interviews, those that have a stored outcome. */
    @Query("SELECT interview_id FROM interview_outcome WHERE org_id = :orgId AND interview_id = ANY(CAST(:interviewIds AS uuid[]))")
    List<UUID> withOutcome(UUID orgId, String interviewIds);

    /** Whether V22 has run: a database migrated only part-way (a Flyway target) has no outcomes to fill yet. */
    @Query("SELECT to_regclass('interview_outcome') IS NOT NULL")
    boolean outcomesStored();

    @Query("SELECT 1 FROM (SELECT pg_advisory_xact_lock(7201022)) l")
    int lockBackfill();
}
