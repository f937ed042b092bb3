package dev.tally.report;

import dev.tally.fairness.StageOutcomes;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The report queries. Each reads one scope, a candidate or a whole opening, in a fixed number of statements whatever
 * its size; only submitted scorecards count, each at its newest revision (or, for the original composite, revision 1).
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
abstract class ReportRepository implements GenericRepository<ReportRows.CandidateHeader, UUID> {

    /** The openings a hiring manager manages: the scope of their analytics. Binds :orgId and :managerId. */
    private static final String MANAGED_OPENINGS = "SELECT o.id FROM opening o WHERE o.org_id = :orgId AND o.hiring_manager_id = :managerId";

    /** The interviews of one candidate; a plain condition, so that PostgreSQL plans each statement once. */
    private static final String OF_CANDIDATE = " i.org_id = :orgId AND i.candidate_id = :candidateId ";

    /**
     * What the interviews hidden from the caller add to each interviewer's leniency totals, so that it can be taken out:
     * blind scoring hides everything derived from those scores. Binds :orgId and :hidden, a uuid[] literal.
     */
    private static final String HIDDEN_LENIENCY = """
            SELECT interviewer_id, sum(diff_sum) AS diff_sum, sum(comparisons) AS comparisons FROM interview_rater_stat
             WHERE org_id = :orgId AND interview_id = ANY(CAST(:hidden AS uuid[])) GROUP BY interviewer_id""";

    /** L_r of every interviewer as the caller may see it; the statements below name whose. */
    private static final String LENIENCY = """
            SELECT l.interviewer_id, ((l.diff_sum - COALESCE(h.diff_sum, 0)) / NULLIF(l.comparisons - COALESCE(h.comparisons, 0), 0))::float8
                       AS leniency, l.comparisons - COALESCE(h.comparisons, 0) AS comparisons
              FROM interviewer_leniency l
              LEFT JOIN (""" + HIDDEN_LENIENCY + """
                        ) h ON h.interviewer_id = l.interviewer_id
            """;

    /**
     * Leniency over the whole organisation of the interviewers who scored the given interviews (a uuid[] literal),
     * without the interviews hidden from the caller: L_r = Σ diff_sum / Σ comparisons.
     */
    @Query(LENIENCY + """
             WHERE l.org_id = :orgId AND l.interviewer_id IN (
                   SELECT interviewer_id FROM interview_rater_stat WHERE org_id = :orgId AND interview_id = ANY(CAST(:interviewIds AS uuid[])))""")
    abstract List<ReportRows.Leniency> leniencies(UUID orgId, String interviewIds, String hidden);

    private static final String OUTCOMES = """
            SELECT o.interview_id, o.candidate_id, o.stage_id, o.panel_size, o.submitted, o.amended, o.weight_sum, o.weighted_sum,
                   o.competencies, o.recommendations, o.flags, o.knockouts, o.decision, o.reasons, o.facts, o.panel, o.raised_flags,
                   COALESCE((SELECT jsonb_agg(jsonb_build_object('interviewId', s.interview_id, 'position', s.position,
                                 'questionCode', s.question_code, 'questionVersion', s.question_version, 'competency', s.competency,
                                 'weight', s.weight, 'required', s.required, 'n', s.n, 'mean', s.total::float8 / NULLIF(s.n, 0),
                                 'min', s.min, 'max', s.max, 'raters', to_jsonb(s.raters), 'scores', to_jsonb(s.scores))
                                 ORDER BY s.position)
                               FROM interview_item_outcome s WHERE s.org_id = o.org_id AND s.interview_id = o.interview_id),
                            '[]'::jsonb) AS items
              FROM interview_outcome o""";

    /** The candidate's interviews in the order they took place, each with its items' stored scores. */
    @Query(OUTCOMES + " WHERE o.org_id = :orgId AND o.candidate_id = :candidateId ORDER BY o.scheduled_at, o.interview_id")
    abstract List<ReportRows.StoredOutcome> outcomes(UUID orgId, UUID candidateId);

    /** The stored outcomes of the given candidates' interviews ({@code candidateIds} a uuid[] literal), with their items. */
    @Query(OUTCOMES + " WHERE o.org_id = :orgId AND o.candidate_id = ANY(CAST(:candidateIds AS uuid[]))")
    abstract List<ReportRows.StoredOutcome> outcomesOfCandidates(UUID orgId, String candidateIds);

    /**
     * Per candidate of an opening, over the stored outcomes of the interviews the caller may see: Σ w_i·mean_i and Σ w_i
     * ({@code weighted}, {@code weights}), the severity of the suggested decision (an interview hidden from the caller
     * counts as INCOMPLETE, {@code :incomplete}), and whether one interview was at stage {@code :stageId}. Binds :orgId,
     * :openingId, :hidden (a uuid[] literal), :incomplete and :stageId.
     */
    private static final String PER_CANDIDATE = """
                SELECT o.candidate_id,
                       sum(o.weighted_sum) FILTER (WHERE NOT hidden) AS weighted, sum(o.weight_sum) FILTER (WHERE NOT hidden) AS weights,
                       min(CASE WHEN hidden THEN :incomplete ELSE o.decision_rank END) AS decision_rank,
                       bool_or(o.stage_id = CAST(:stageId AS uuid)) AS in_stage
                  FROM (SELECT *, interview_id = ANY(CAST(:hidden AS uuid[])) AS hidden FROM interview_outcome
                         WHERE org_id = :orgId AND opening_id = :openingId) o
                 GROUP BY o.candidate_id""";

    /** A candidate's W (null without a score) and decision severity from {@link #PER_CANDIDATE} joined as {@code p}. */
    private static final String W_AND_RANK = " CASE WHEN p.weights > 0 THEN p.weighted / p.weights END AS w, "
            + "COALESCE(p.decision_rank, :incomplete) AS rank";

    /**
     * One page of an opening's candidates, filtered and sorted in SQL over the stored outcomes, with the number of
     * candidates the filters select. The sort key W sums the stored parts of the interviews the caller may see; an
     * interview hidden from the caller counts as INCOMPLETE ({@code :incomplete}, its severity). Candidates without
     * interviews are INCOMPLETE with no score. Ties, and sorting by name, go by name (case-insensitive), then id.
     */
    @Query("""
            WITH per_candidate AS (""" + PER_CANDIDATE + """
            ),
            lines AS (
                SELECT c.id, c.name, c.email, c.status, d.decision AS final_decision, d.reason AS final_reason, d.decided_at,
                       """ + W_AND_RANK + """
                  FROM candidate c
                  LEFT JOIN per_candidate p ON p.candidate_id = c.id
                  LEFT JOIN LATERAL (SELECT decision, reason, decided_at FROM candidate_decision d
                                      WHERE d.org_id = c.org_id AND d.candidate_id = c.id ORDER BY decided_at DESC, id LIMIT 1) d ON true
                 WHERE c.org_id = :orgId AND c.opening_id = :openingId
                   AND (CAST(:stageId AS uuid) IS NULL OR p.in_stage)
                   AND (CAST(:status AS text) IS NULL OR c.status = :status))
            SELECT id, name, email, status, final_decision, final_reason, decided_at, count(*) OVER () AS total
              FROM lines
             WHERE CAST(:decisionRank AS int) IS NULL OR rank = :decisionRank
             ORDER BY CASE WHEN :sort = 'score' AND NOT :descending THEN w END ASC NULLS FIRST,
                      CASE WHEN :sort = 'score' AND :descending THEN w END DESC NULLS LAST,
                      CASE WHEN :sort = 'decision' AND NOT :descending THEN rank END ASC,
                      CASE WHEN :sort = 'decision' AND :descending THEN rank END DESC,
                      CASE WHEN :sort = 'name' AND :descending THEN lower(name) COLLATE "C" END DESC,
                      CASE WHEN :sort = 'name' AND :descending THEN CAST(id AS text) END DESC,
                      lower(name) COLLATE "C", CAST(id AS text)
             LIMIT :size OFFSET :offset""")
    abstract List<ReportRows.CandidateLine> openingPage(UUID orgId, UUID openingId, String hidden, int incomplete,
                                                        @Nullable UUID stageId, @Nullable Integer decisionRank,
                                                        @Nullable String status, String sort, boolean descending, int size,
                                                        long offset);

    /**
     * How many of the opening's candidates have their W in each bin of width :binWidth from 1 (the last of :bins bins
     * includes 4; no bin when nothing the caller may see was scored), per suggested decision, as the opening report's
     * rows have them. W is rounded to nine places first so that a W of exactly 3 cannot fall a bin lower by rounding.
     */
    @Query("""
            WITH per_candidate AS (""" + PER_CANDIDATE + """
            ),
            lines AS (
                SELECT """ + W_AND_RANK + """
                  FROM candidate c
                  LEFT JOIN per_candidate p ON p.candidate_id = c.id
                 WHERE c.org_id = :orgId AND c.opening_id = :openingId)
            SELECT CASE WHEN w IS NOT NULL
                        THEN CAST(least(floor((round(CAST(w AS numeric), 9) - 1) / CAST(:binWidth AS numeric)), :bins - 1) AS int) END AS bin,
                   rank AS decision_rank, count(*) AS candidates
              FROM lines
             GROUP BY 1, 2
             ORDER BY 1, 2""")
    abstract List<ReportRows.ScoreBinCount> scoreDistribution(UUID orgId, UUID openingId, String hidden, int incomplete,
                                                              @Nullable UUID stageId, double binWidth, int bins);

    /**
     * The opening's funnel by candidate status: every candidate (position 0), then per stage in order, with its kit, the
     * candidates with an interview at it and those of them with one whose whole panel has submitted.
     */
    @Query("""
            SELECT CAST(NULL AS uuid) AS stage_id, CAST(NULL AS text) AS stage_name, 0 AS position, CAST(NULL AS text) AS kit_name,
                   CAST(NULL AS int) AS kit_version, CAST(NULL AS numeric) AS min_overall, c.status, count(*) AS candidates,
                   CAST(0 AS bigint) AS completed
              FROM candidate c
             WHERE c.org_id = :orgId AND c.opening_id = :openingId
             GROUP BY c.status
            UNION ALL
            SELECT s.id, s.name, s.position, kv.name, kv.version, kv.min_overall, c.status, count(DISTINCT c.id),
                   count(DISTINCT c.id) FILTER (WHERE o.panel_size > 0 AND o.submitted = o.panel_size)
              FROM opening_stage s
              JOIN kit_version kv ON kv.org_id = s.org_id AND kv.id = s.kit_version_id
              LEFT JOIN interview_outcome o ON o.org_id = s.org_id AND o.opening_id = s.opening_id AND o.stage_id = s.id
              LEFT JOIN candidate c ON c.org_id = o.org_id AND c.id = o.candidate_id
             WHERE s.org_id = :orgId AND s.opening_id = :openingId
             GROUP BY s.id, s.name, s.position, kv.name, kv.version, kv.min_overall, c.status
             ORDER BY 3, 7 NULLS FIRST""")
    abstract List<ReportRows.FunnelCount> funnel(UUID orgId, UUID openingId);

    /** Which of the given ids ({@code candidateIds} a uuid[] literal) are candidates of the organisation, and of which opening. */
    @Query("SELECT id, opening_id FROM candidate WHERE org_id = :orgId AND id = ANY(CAST(:candidateIds AS uuid[]))")
    abstract List<ReportRows.CandidateOpening> openingsOfCandidates(UUID orgId, String candidateIds);

    /** The same aggregates from the originally submitted revisions (revision 1), computed from the raw scores of one candidate. */
    @Query("""
            SELECT i.id AS interview_id, ki.position, q.code AS question_code, qv.version AS question_version,
                   qv.competency, ki.weight, ki.required, count(ri.score) AS n, avg(ri.score)::float8 AS mean,
                   min(ri.score) AS min, max(ri.score) AS max, '[]'::jsonb AS raters, '[]'::jsonb AS scores
              FROM interview i
              JOIN kit_item ki ON ki.org_id = i.org_id AND ki.kit_version_id = i.kit_version_id
              JOIN question_version qv ON qv.org_id = ki.question_org_id AND qv.id = ki.question_version_id
              JOIN question q ON q.org_id = qv.org_id AND q.id = qv.question_id
              LEFT JOIN scorecard sc ON sc.org_id = i.org_id AND sc.interview_id = i.id AND sc.revision > 0
              LEFT JOIN scorecard_revision_item ri ON ri.org_id = sc.org_id AND ri.scorecard_id = sc.id AND ri.position = ki.position
                                                  AND ri.revision = 1
             WHERE i.org_id = :orgId AND i.candidate_id = :candidateId
             GROUP BY i.id, ki.position, q.code, qv.version, qv.competency, ki.weight, ki.required""")
    abstract List<ReportRows.ItemStat> originalItemStats(UUID orgId, UUID candidateId);

    @Query("""
            SELECT i.id AS interview_id, ri.position, sc.interviewer_id, u.name AS interviewer_name, sc.revision, ri.score,
                   ri.not_assessed, ri.not_assessed_reason, to_jsonb(ri.key_points) AS key_points, ri.note
              FROM interview i
              JOIN scorecard sc ON sc.org_id = i.org_id AND sc.interview_id = i.id AND sc.revision > 0
              JOIN scorecard_revision_item ri ON ri.org_id = sc.org_id AND ri.scorecard_id = sc.id AND ri.revision = sc.revision
              JOIN app_user u ON u.org_id = sc.org_id AND u.id = sc.interviewer_id
             WHERE""" + OF_CANDIDATE + " ORDER BY i.id, ri.position, u.name")
    abstract List<ReportRows.Score> scores(UUID orgId, UUID candidateId);

    /**
     * What people wrote beside the numbers, per interview of one candidate: the kit's questions with their text and
     * competency's name, and each submitted scorecard's summary at its newest revision.
     */
    @Query("""
            SELECT i.id AS interview_id,
                   COALESCE((SELECT jsonb_agg(jsonb_build_object('position', ki.position, 'text', qv.text,
                                                                 'competency', qv.competency, 'competencyName', cp.name)
                                              ORDER BY ki.position)
                               FROM kit_item ki
                               JOIN question_version qv ON qv.org_id = ki.question_org_id AND qv.id = ki.question_version_id
                               JOIN competency cp ON cp.code = qv.competency
                              WHERE ki.org_id = i.org_id AND ki.kit_version_id = i.kit_version_id), '[]'::jsonb) AS questions,
                   COALESCE((SELECT jsonb_agg(jsonb_build_object('interviewerId', sc.interviewer_id, 'summary', r.summary,
                                                                 'submittedAt', r.submitted_at))
                               FROM scorecard sc
                               JOIN scorecard_revision r ON r.org_id = sc.org_id AND r.scorecard_id = sc.id AND r.revision = sc.revision
                              WHERE sc.org_id = i.org_id AND sc.interview_id = i.id AND sc.revision > 0), '[]'::jsonb) AS summaries
              FROM interview i
             WHERE""" + OF_CANDIDATE)
    abstract List<ReportRows.InterviewTexts> interviewTexts(UUID orgId, UUID candidateId);

    @Query("""
            SELECT c.id, c.name, c.email, c.status, d.decision AS final_decision, d.reason AS final_reason, d.decided_at,
                   d.suggested_decision AS suggested_at_decision, d.decided_by_name, o.id AS opening_id, o.title AS opening_title, o.hiring_manager_id,
                   COALESCE((SELECT jsonb_agg(jsonb_build_object('interviewerId', l.interviewer_id, 'leniency', l.leniency,
                                                                 'comparisons', l.comparisons))
                               FROM (""" + LENIENCY + """
                                     WHERE l.org_id = :orgId AND l.interviewer_id IN (
                                           SELECT r.interviewer_id FROM interview_rater_stat r
                                             JOIN interview_outcome io ON io.org_id = r.org_id AND io.interview_id = r.interview_id
                                            WHERE r.org_id = :orgId AND io.candidate_id = :candidateId)) l), '[]'::jsonb) AS leniencies
              FROM candidate c
              JOIN opening o ON o.org_id = c.org_id AND o.id = c.opening_id
              LEFT JOIN LATERAL (SELECT d.decision, d.reason, d.decided_at, d.suggested_decision, u.name AS decided_by_name
                                   FROM candidate_decision d JOIN app_user u ON u.org_id = d.org_id AND u.id = d.decided_by
                                  WHERE d.org_id = c.org_id AND d.candidate_id = c.id ORDER BY d.decided_at DESC, d.id LIMIT 1) d ON true
             WHERE c.org_id = :orgId AND c.id = :candidateId""")
    abstract Optional<ReportRows.CandidateHeader> candidateHeader(UUID orgId, UUID candidateId, String hidden);

    /**
     * Per interviewer over the submitted scorecards of an opening, or of interviews scheduled in a period: score and
     * recommendation distributions, and their comparisons with co-panelists on the same items, per interview.
     */
    @Query("""
            WITH subs AS (
                SELECT sc.id, sc.interview_id, sc.interviewer_id, sc.revision FROM scorecard sc
                  JOIN interview i ON i.org_id = sc.org_id AND i.id = sc.interview_id
                 WHERE sc.org_id = :orgId AND sc.revision > 0 AND NOT (i.id = ANY(CAST(:hidden AS uuid[])))
                   AND (CAST(:openingId AS uuid) IS NULL OR i.opening_id = :openingId)
                   AND (CAST(:managerId AS uuid) IS NULL OR i.opening_id IN (""" + MANAGED_OPENINGS + """
                       ))
                   AND (CAST(:from AS timestamptz) IS NULL OR i.scheduled_at >= :from)
                   AND (CAST(:to AS timestamptz) IS NULL OR i.scheduled_at < :to)),
            answers AS (
                SELECT s.interview_id, ri.position, s.interviewer_id, ri.score, ri.not_assessed FROM subs s
                  JOIN scorecard_revision_item ri ON ri.org_id = :orgId AND ri.scorecard_id = s.id AND ri.revision = s.revision),
            leniency AS (
                SELECT s.interviewer_id,
                       jsonb_agg(jsonb_build_object('comparisons', s.comparisons, 'diffSum', s.diff_sum) ORDER BY s.interview_id) AS clusters
                  FROM interview_rater_stat s WHERE s.org_id = :orgId AND s.interview_id IN (SELECT interview_id FROM subs)
                   AND s.comparisons > 0
                 GROUP BY s.interviewer_id),
            distribution AS (
                SELECT interviewer_id, count(*) FILTER (WHERE score = 1) AS scored1, count(*) FILTER (WHERE score = 2) AS scored2,
                       count(*) FILTER (WHERE score = 3) AS scored3, count(*) FILTER (WHERE score = 4) AS scored4,
                       count(*) FILTER (WHERE not_assessed) AS not_assessed
                  FROM answers GROUP BY interviewer_id),
            recommendations AS (
                SELECT s.interviewer_id, count(*) AS scorecards,
                       count(*) FILTER (WHERE r.recommendation = 'DEFINITELY_NO') AS definitely_no,
                       count(*) FILTER (WHERE r.recommendation = 'NO') AS no,
                       count(*) FILTER (WHERE r.recommendation = 'YES') AS yes,
                       count(*) FILTER (WHERE r.recommendation = 'STRONG_YES') AS strong_yes,
                       count(*) FILTER (WHERE r.recommendation = 'NO_DECISION') AS no_decision
                  FROM subs s JOIN scorecard_revision r ON r.org_id = :orgId AND r.scorecard_id = s.id AND r.revision = s.revision
                 GROUP BY s.interviewer_id)
            SELECT u.id AS interviewer_id, u.name AS interviewer_name, r.scorecards,
                   COALESCE(d.scored1, 0) AS scored1, COALESCE(d.scored2, 0) AS scored2, COALESCE(d.scored3, 0) AS scored3,
                   COALESCE(d.scored4, 0) AS scored4, COALESCE(d.not_assessed, 0) AS not_assessed,
                   r.definitely_no, r.no, r.yes, r.strong_yes, r.no_decision, COALESCE(l.clusters, '[]'::jsonb) AS clusters
              FROM recommendations r
              JOIN app_user u ON u.org_id = :orgId AND u.id = r.interviewer_id
              LEFT JOIN distribution d ON d.interviewer_id = r.interviewer_id
              LEFT JOIN leniency l ON l.interviewer_id = r.interviewer_id
             ORDER BY u.name, u.id""")
    abstract List<CalibrationRow> calibration(UUID orgId, @Nullable UUID openingId, @Nullable Instant from, @Nullable Instant to,
                                              @Nullable UUID managerId, String hidden);

    @Query("""
            SELECT i.id AS interview_id, kv.kit_id, kv.version AS kit_version, kv.name AS kit_name, ri.position, ki.question_id,
                   q.code AS question_code, qv.version AS question_version, sc.interviewer_id, ri.score
              FROM interview i
              JOIN kit_version kv ON kv.org_id = i.org_id AND kv.id = i.kit_version_id
              JOIN scorecard sc ON sc.org_id = i.org_id AND sc.interview_id = i.id AND sc.revision > 0
              JOIN scorecard_revision_item ri ON ri.org_id = sc.org_id AND ri.scorecard_id = sc.id AND ri.revision = sc.revision
              JOIN kit_item ki ON ki.org_id = i.org_id AND ki.kit_version_id = i.kit_version_id AND ki.position = ri.position
              JOIN question_version qv ON qv.org_id = ki.question_org_id AND qv.id = ki.question_version_id
              JOIN question q ON q.org_id = qv.org_id AND q.id = qv.question_id
             WHERE i.org_id = :orgId AND ri.score IS NOT NULL AND NOT (i.id = ANY(CAST(:hidden AS uuid[])))
               AND (CAST(:openingId AS uuid) IS NULL OR i.opening_id = :openingId)
               AND (CAST(:managerId AS uuid) IS NULL OR i.opening_id IN (""" + MANAGED_OPENINGS + """
                   ))
               AND (CAST(:questionId AS uuid) IS NULL OR ki.question_id = :questionId)
             ORDER BY kv.kit_id, kv.version, ri.position, i.id""")
    abstract List<ReliabilityRow> reliabilityScores(UUID orgId, @Nullable UUID openingId, @Nullable UUID questionId,
                                                    @Nullable UUID managerId, String hidden);

    @Query("""
            SELECT c.name AS candidate_name, i.id AS interview_id, s.name AS stage_name, u.name AS interviewer_name,
                   q.code AS question_code, qv.version AS question_version, ri.position, ri.score, ri.not_assessed,
                   (SELECT string_agg(qv.key_points ->> k, '; ' ORDER BY k) FROM unnest(ri.key_points) AS k) AS key_points,
                   ri.note, r.submitted_at, sc.revision
              FROM interview i
              JOIN candidate c ON c.org_id = i.org_id AND c.id = i.candidate_id
              JOIN opening_stage s ON s.org_id = i.org_id AND s.id = i.stage_id
              JOIN scorecard sc ON sc.org_id = i.org_id AND sc.interview_id = i.id AND sc.revision > 0
              JOIN scorecard_revision r ON r.org_id = sc.org_id AND r.scorecard_id = sc.id AND r.revision = sc.revision
              JOIN scorecard_revision_item ri ON ri.org_id = r.org_id AND ri.scorecard_id = r.scorecard_id AND ri.revision = r.revision
              JOIN app_user u ON u.org_id = sc.org_id AND u.id = sc.interviewer_id
              JOIN kit_item ki ON ki.org_id = i.org_id AND ki.kit_version_id = i.kit_version_id AND ki.position = ri.position
              JOIN question_version qv ON qv.org_id = ki.question_org_id AND qv.id = ki.question_version_id
              JOIN question q ON q.org_id = qv.org_id AND q.id = qv.question_id
             WHERE i.org_id = :orgId AND i.opening_id = :openingId AND NOT (i.id = ANY(CAST(:hidden AS uuid[])))
             ORDER BY c.name, c.id, i.scheduled_at, i.id, u.name, ri.position""")
    abstract List<RawScore> rawScores(UUID orgId, UUID openingId, String hidden);

    /**
     * Per question version: how often asked, not-assessed answers, score distribution, scores of candidates later hired
     * or not, and the sums of two correlations (docs/statistics.md): item–rest, over interview × interviewer, the score
     * against the mean of the same interviewer's other scored items in that interview; decision agreement, over
     * interviews of candidates whose final decision is hire (1) or no hire (0), the item's mean in the interview against
     * it. One statement: the scores are read once and every aggregate is taken over them.
     */
    @Query("""
            WITH scored AS (
                SELECT i.id AS interview_id, i.candidate_id, sc.interviewer_id, ki.question_id, q.code AS question_code,
                       qv.version AS question_version, ri.score, ri.not_assessed
                  FROM interview i
                  JOIN scorecard sc ON sc.org_id = i.org_id AND sc.interview_id = i.id AND sc.revision > 0
                  JOIN scorecard_revision_item ri ON ri.org_id = sc.org_id AND ri.scorecard_id = sc.id AND ri.revision = sc.revision
                  JOIN kit_item ki ON ki.org_id = i.org_id AND ki.kit_version_id = i.kit_version_id AND ki.position = ri.position
                  JOIN question_version qv ON qv.org_id = ki.question_org_id AND qv.id = ki.question_version_id
                  JOIN question q ON q.org_id = qv.org_id AND q.id = qv.question_id
                 WHERE i.org_id = :orgId AND (CAST(:questionId AS uuid) IS NULL OR ki.question_id = :questionId)
                   AND NOT (i.id = ANY(CAST(:hidden AS uuid[])))
                   AND (CAST(:managerId AS uuid) IS NULL OR i.opening_id IN (""" + MANAGED_OPENINGS + """
                       ))
            ), decision AS (
                SELECT c.candidate_id, d.decision
                  FROM (SELECT DISTINCT candidate_id FROM scored) c
                  JOIN LATERAL (SELECT cd.decision FROM candidate_decision cd WHERE cd.org_id = :orgId AND cd.candidate_id = c.candidate_id
                                 ORDER BY cd.decided_at DESC, cd.id LIMIT 1) d ON true
            ), card AS (
                -- every scored item of each scorecard, whichever question is asked about: the rest is the card's other items
                SELECT sc.interview_id, sc.interviewer_id, sum(ri.score) AS total, count(ri.score) AS items
                  FROM scorecard sc
                  JOIN scorecard_revision_item ri ON ri.org_id = sc.org_id AND ri.scorecard_id = sc.id AND ri.revision = sc.revision
                 WHERE sc.org_id = :orgId AND sc.revision > 0 AND sc.interview_id IN (SELECT interview_id FROM scored)
                 GROUP BY sc.interview_id, sc.interviewer_id
            ), item_rest AS (
                SELECT question_id, question_version, json_build_object('n', count(*), 'x', sum(x), 'y', sum(y), 'xx', sum(x * x),
                       'yy', sum(y * y), 'xy', sum(x * y), 'ones', 0) AS sums
                  FROM (SELECT s.question_id, s.question_version, s.score::float8 AS x, (c.total - s.score)::float8 / (c.items - 1) AS y
                          FROM scored s JOIN card c ON c.interview_id = s.interview_id AND c.interviewer_id = s.interviewer_id
                         WHERE s.score IS NOT NULL AND c.items >= 2) pairs
                 GROUP BY question_id, question_version
            ), agreement AS (
                SELECT question_id, question_version, json_build_object('n', count(*), 'x', sum(x), 'y', sum(y), 'xx', sum(x * x),
                       'yy', sum(y * y), 'xy', sum(x * y), 'ones', count(*) FILTER (WHERE y = 1)) AS sums
                  FROM (SELECT s.question_id, s.question_version, avg(s.score)::float8 AS x,
                               CASE d.decision WHEN 'HIRE' THEN 1.0 ELSE 0.0 END::float8 AS y
                          FROM scored s JOIN decision d ON d.candidate_id = s.candidate_id
                         WHERE s.score IS NOT NULL AND d.decision IN ('HIRE', 'NO_HIRE')
                         GROUP BY s.question_id, s.question_version, s.interview_id, d.decision) interviews
                 GROUP BY question_id, question_version
            ), stats AS (
                SELECT s.question_id, s.question_code, s.question_version, count(DISTINCT s.interview_id) AS times_asked, count(*) AS answers,
                       count(*) FILTER (WHERE s.not_assessed) AS not_assessed,
                       count(*) FILTER (WHERE s.score = 1) AS scored1, count(*) FILTER (WHERE s.score = 2) AS scored2,
                       count(*) FILTER (WHERE s.score = 3) AS scored3, count(*) FILTER (WHERE s.score = 4) AS scored4,
                       avg(s.score)::float8 AS mean,
                       (avg(s.score) FILTER (WHERE d.decision = 'HIRE'))::float8 AS hired_mean,
                       count(DISTINCT s.candidate_id) FILTER (WHERE d.decision = 'HIRE' AND s.score IS NOT NULL) AS hired_candidates,
                       (avg(s.score) FILTER (WHERE d.decision = 'NO_HIRE'))::float8 AS not_hired_mean,
                       count(DISTINCT s.candidate_id) FILTER (WHERE d.decision = 'NO_HIRE' AND s.score IS NOT NULL) AS not_hired_candidates
                  FROM scored s LEFT JOIN decision d ON d.candidate_id = s.candidate_id
                 GROUP BY s.question_id, s.question_code, s.question_version
            )
            SELECT st.*, r.sums AS item_rest, a.sums AS decision_agreement
              FROM stats st
              LEFT JOIN item_rest r ON r.question_id = st.question_id AND r.question_version = st.question_version
              LEFT JOIN agreement a ON a.question_id = st.question_id AND a.question_version = st.question_version
             ORDER BY length(st.question_code), st.question_code, st.question_version DESC""")
    abstract List<QuestionStats> questionStats(UUID orgId, @Nullable UUID questionId, @Nullable UUID managerId, String hidden);

    /**
     * Per candidate and stage of an opening, whether the stage advanced them, as {@link FairnessStageOutcomes} states:
     * the suggestion at a stage is the most severe over its interviews (REJECT if any, ADVANCE only if all; an interview
     * hidden from the caller counts as INCOMPLETE), and a final HIRE or NO_HIRE settles the candidate's last stage.
     */
    @Query("""
            WITH per_stage AS (
                SELECT o.candidate_id, o.stage_id, s.position,
                       bool_and(o.decision = 'ADVANCE' AND NOT (o.interview_id = ANY(CAST(:hidden AS uuid[])))) AS advance,
                       bool_or(o.decision = 'REJECT' AND NOT (o.interview_id = ANY(CAST(:hidden AS uuid[])))) AS reject
                  FROM interview_outcome o JOIN opening_stage s ON s.org_id = o.org_id AND s.id = o.stage_id
                 WHERE o.org_id = :orgId AND o.opening_id = :openingId
                 GROUP BY o.candidate_id, o.stage_id, s.position),
            settled AS (
                SELECT p.*, COALESCE(f.decision IN ('HIRE', 'NO_HIRE') AND p.position = max(p.position) OVER (PARTITION BY p.candidate_id), false) AS final_decision,
                       f.decision = 'HIRE' AS hired
                  FROM per_stage p
                  LEFT JOIN LATERAL (SELECT decision FROM candidate_decision d WHERE d.org_id = :orgId AND d.candidate_id = p.candidate_id
                                      ORDER BY d.decided_at DESC, d.id LIMIT 1) f ON true)
            SELECT candidate_id, stage_id, CASE WHEN final_decision THEN hired ELSE advance END AS advanced, final_decision
              FROM settled WHERE final_decision OR advance OR reject""")
    abstract List<StageOutcomes.Decided> stageDecisions(UUID orgId, UUID openingId, String hidden);

    @Query("SELECT id, title, hiring_manager_id FROM opening WHERE org_id = :orgId AND id = :openingId")
    abstract Optional<ReportRows.OpeningRef> opening(UUID orgId, UUID openingId);

    @Query("SELECT count(*) FROM opening_stage WHERE org_id = :orgId AND opening_id = :openingId")
    abstract int stagesPlanned(UUID orgId, UUID openingId);
}
