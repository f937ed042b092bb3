-- What the opening report needs of each interview: submissions, the weighted composite's parts (per competency too),
-- disagreements and recommendations, in plain columns so that the report reads one narrow row per interview.
create table interview_summary (
    org_id             uuid      not null,
    interview_id       uuid      not null,
    submitted          int       not null,
    amended            int       not null,
    -- Σ w_i and Σ w_i·mean_i over the items scored at least once
    weight_sum         numeric   not null,
    weighted_sum       numeric   not null,
    -- the same per competency, in three parallel arrays
    competency_codes   text[]    not null,
    competency_weighted numeric[] not null,
    competency_weights numeric[] not null,
    -- items whose max − min reaches the kit's disagreementSpread
    disagreements      int       not null,
    definitely_no      int       not null,
    no                 int       not null,
    yes                int       not null,
    strong_yes         int       not null,
    no_decision        int       not null,
    primary key (org_id, interview_id),
    foreign key (org_id, interview_id) references interview (org_id, id)
);

-- Recomputes every aggregate the reports read for one interview from its submitted revisions: leniency contributions,
-- item aggregates, rater coefficients and the summary. Called when a scorecard of the interview is submitted (in that
-- transaction), and below for the scorecards submitted before these tables existed. The advisory lock makes
-- submissions to one interview take turns, so each recomputation sees the others.
create function refresh_interview_aggregates(p_org uuid, p_interview uuid) returns void language plpgsql as $fn$
begin
    perform pg_advisory_xact_lock(hashtextextended(p_interview::text, 7201002));
    WITH answers AS (
        SELECT sc.interviewer_id, ri.position, ri.score FROM scorecard sc
          JOIN scorecard_revision_item ri ON ri.org_id = sc.org_id AND ri.scorecard_id = sc.id AND ri.revision = sc.revision
         WHERE sc.org_id = p_org AND sc.interview_id = p_interview AND sc.revision > 0 AND ri.score IS NOT NULL),
    totals AS (SELECT position, sum(score) AS total, count(*) AS raters FROM answers GROUP BY position),
    contributions AS (
        SELECT a.interviewer_id, sum(a.score - (t.total - a.score)::numeric / (t.raters - 1)) AS diff_sum, count(*) AS comparisons
          FROM answers a JOIN totals t ON t.position = a.position WHERE t.raters >= 2 GROUP BY a.interviewer_id)
    INSERT INTO interview_rater_stat (org_id, interview_id, interviewer_id, diff_sum, comparisons)
    SELECT p_org, p_interview, sc.interviewer_id, COALESCE(c.diff_sum, 0), COALESCE(c.comparisons, 0)
      FROM scorecard sc LEFT JOIN contributions c ON c.interviewer_id = sc.interviewer_id
     WHERE sc.org_id = p_org AND sc.interview_id = p_interview AND sc.revision > 0
    ON CONFLICT (org_id, interview_id, interviewer_id)
    DO UPDATE SET diff_sum = excluded.diff_sum, comparisons = excluded.comparisons;

    delete from interview_item_stat where org_id = p_org and interview_id = p_interview;
    INSERT INTO interview_item_stat (org_id, interview_id, position, n, total, min, max, raters, scores)
    SELECT sc.org_id, sc.interview_id, ri.position, count(*), sum(ri.score), min(ri.score), max(ri.score),
           array_agg(sc.interviewer_id ORDER BY sc.interviewer_id), array_agg(ri.score ORDER BY sc.interviewer_id)
      FROM scorecard sc
      JOIN scorecard_revision_item ri ON ri.org_id = sc.org_id AND ri.scorecard_id = sc.id AND ri.revision = sc.revision
     WHERE sc.org_id = p_org AND sc.interview_id = p_interview AND sc.revision > 0 AND ri.score IS NOT NULL
     GROUP BY sc.org_id, sc.interview_id, ri.position;

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
             WHERE p.org_id = p_org AND p.interview_id = p_interview
             GROUP BY p.interviewer_id) x
     WHERE r.org_id = p_org AND r.interview_id = p_interview AND r.interviewer_id = x.interviewer_id;

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
     WHERE i.org_id = p_org AND i.id = p_interview
    ON CONFLICT (org_id, interview_id) DO UPDATE SET submitted = excluded.submitted, amended = excluded.amended,
        weight_sum = excluded.weight_sum, weighted_sum = excluded.weighted_sum, competency_codes = excluded.competency_codes,
        competency_weighted = excluded.competency_weighted, competency_weights = excluded.competency_weights,
        disagreements = excluded.disagreements, definitely_no = excluded.definitely_no, no = excluded.no, yes = excluded.yes,
        strong_yes = excluded.strong_yes, no_decision = excluded.no_decision;
end
$fn$;

select refresh_interview_aggregates(i.org_id, i.id)
  from interview i
 where exists (select 1 from scorecard sc where sc.org_id = i.org_id and sc.interview_id = i.id and sc.revision > 0);
