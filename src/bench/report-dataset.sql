-- The report benchmark's dataset: one opening with :candidates candidates (psql -v candidates=…, default 2,000), each
-- interviewed once by a panel of 5 with a 20-item kit, every scorecard submitted (100 scores per candidate: 200,000 by
-- default, random 1-4, ~1% raising a knockout flag).
-- Load it into a migrated database, then start the service: it computes the stored outcomes of interviews that have
-- none, as at the first start after an upgrade to V22. run-report-bench.sh does all of this.
\set ON_ERROR_STOP 1
\if :{?candidates}
\else
\set candidates 2000
\endif
BEGIN;
-- fixed ids, so that the benchmark can name the organisation, opening and hiring manager
CREATE TEMP TABLE ids AS SELECT
  '11111111-1111-1111-1111-000000000001'::uuid AS org,
  '11111111-1111-1111-1111-0000000000a1'::uuid AS kit,
  '11111111-1111-1111-1111-0000000000a2'::uuid AS kv,
  '11111111-1111-1111-1111-0000000000b1'::uuid AS opening,
  '11111111-1111-1111-1111-0000000000b2'::uuid AS stage,
  '11111111-1111-1111-1111-0000000000c6'::uuid AS hm;

INSERT INTO organisation (id, name, kind) SELECT org, 'Bench org', 'STANDARD' FROM ids;

INSERT INTO app_user (org_id, id, email, name, password_hash, roles)
SELECT ids.org, ('11111111-1111-1111-1111-0000000000c' || g)::uuid, 'user' || g || '@bench.test', 'Interviewer ' || g, 'x',
       CASE WHEN g = 6 THEN ARRAY['HIRING_MANAGER'] ELSE ARRAY['INTERVIEWER'] END
  FROM ids, generate_series(1, 6) g;

INSERT INTO kit (org_id, id) SELECT org, kit FROM ids;
INSERT INTO kit_version (org_id, id, kit_id, version, status, name, role, level, min_overall, disagreement_spread, published_at)
SELECT org, kv, kit, 1, 'PUBLISHED', 'Bench kit', 'Django developer', 'Any', 2.5, 2, now() FROM ids;
INSERT INTO kit_item (org_id, kit_version_id, position, question_org_id, question_id, question_version_id, weight, time_box_minutes, required)
SELECT org, kv, n, '00000000-0000-0000-0000-000000000000',
       ('00000000-0000-0000-0001-0000000000' || lpad(n::text, 2, '0'))::uuid,
       ('00000000-0000-0000-0002-0000000000' || lpad(n::text, 2, '0'))::uuid,
       CASE WHEN n % 2 = 1 THEN 1 ELSE 2 END, 5, true
  FROM ids, generate_series(1, 20) n;
INSERT INTO kit_red_flag (org_id, kit_version_id, position, red_flag_org_id, red_flag_id, knockout)
SELECT org, kv, 1, '00000000-0000-0000-0000-000000000000', '00000000-0000-0000-0003-000000000002', true FROM ids;

INSERT INTO opening (org_id, id, title, hiring_manager_id) SELECT org, opening, 'Bench opening', hm FROM ids;
INSERT INTO opening_stage (org_id, id, opening_id, position, name, kit_version_id) SELECT org, stage, opening, 1, 'Technical', kv FROM ids;

INSERT INTO candidate (org_id, id, opening_id, name, email)
SELECT org, gen_random_uuid(), opening, 'Candidate ' || g, 'cand' || g || '@bench.test' FROM ids, generate_series(1, :candidates) g;

INSERT INTO interview (org_id, id, candidate_id, opening_id, stage_id, kit_version_id, scheduled_at)
SELECT c.org_id, gen_random_uuid(), c.id, c.opening_id, ids.stage, ids.kv, now() - random() * interval '90 days'
  FROM candidate c, ids WHERE c.org_id = ids.org;

INSERT INTO panel_member (org_id, interview_id, user_id)
SELECT i.org_id, i.id, u.id FROM interview i JOIN app_user u ON u.org_id = i.org_id AND u.roles = ARRAY['INTERVIEWER'];

INSERT INTO scorecard (org_id, id, interview_id, interviewer_id, status, version, revision, recommendation, summary)
SELECT org_id, gen_random_uuid(), interview_id, user_id, 'SUBMITTED', 21, 1,
       (ARRAY['YES','NO','STRONG_YES','DEFINITELY_NO'])[1 + floor(random() * 4)::int], 's'
  FROM panel_member;

INSERT INTO scorecard_revision (org_id, scorecard_id, revision, recommendation, summary, amend_reason, submitted_by, submitted_at)
SELECT org_id, id, 1, recommendation, summary, NULL, interviewer_id, now() - random() * interval '90 days' FROM scorecard;

INSERT INTO scorecard_revision_item (org_id, scorecard_id, revision, position, score, not_assessed, key_points, note)
SELECT sc.org_id, sc.id, 1, p, 1 + floor(random() * 4)::int, false, '{}', 'n'
  FROM scorecard sc, generate_series(1, 20) p;

INSERT INTO scorecard_item (org_id, scorecard_id, position, score, not_assessed, key_points, note)
SELECT org_id, scorecard_id, position, score, not_assessed, key_points, note FROM scorecard_revision_item;

-- ~1% of scorecards raise the knockout flag
CREATE TEMP TABLE flagged AS SELECT org_id, id FROM scorecard WHERE random() < 0.01;
INSERT INTO scorecard_flag (org_id, scorecard_id, red_flag_id, raised, note)
SELECT org_id, id, '00000000-0000-0000-0003-000000000002', true, 'flagged' FROM flagged;
INSERT INTO scorecard_revision_flag (org_id, scorecard_id, revision, red_flag_id, note)
SELECT org_id, id, 1, '00000000-0000-0000-0003-000000000002', 'flagged' FROM flagged;
COMMIT;
VACUUM ANALYZE;
