-- The load benchmark's scoring dataset: one organisation, a 20-item kit (built-in questions), one opening and 32
-- interviews of one interviewer each (interviewer n sits on interview n), so that the fixed-rate generator always finds
-- a scorecard with no save in flight. Ids: 44444444-4444-4444-4444-00000000KNNN, K the kind (1 interviewer,
-- 2 candidate, 3 interview), NNN the number. Load it into a migrated database; run-load-bench.sh does.
\set ON_ERROR_STOP 1
BEGIN;
CREATE TEMP TABLE ids AS SELECT
  '44444444-4444-4444-4444-000000000001'::uuid AS org,
  '44444444-4444-4444-4444-0000000000a1'::uuid AS kit,
  '44444444-4444-4444-4444-0000000000a2'::uuid AS kv,
  '44444444-4444-4444-4444-0000000000b1'::uuid AS opening,
  '44444444-4444-4444-4444-0000000000b2'::uuid AS stage,
  '44444444-4444-4444-4444-0000000000b3'::uuid AS hm;
CREATE TEMP TABLE n AS SELECT n, lpad(n::text, 3, '0') AS nnn FROM generate_series(1, 32) n;

INSERT INTO organisation (id, name, kind) SELECT org, 'Load bench org', 'STANDARD' FROM ids;
INSERT INTO app_user (org_id, id, email, name, password_hash, roles)
SELECT org, hm, 'manager@load.bench', 'Hiring manager', 'x', ARRAY['HIRING_MANAGER'] FROM ids;
INSERT INTO app_user (org_id, id, email, name, password_hash, roles)
SELECT org, ('44444444-4444-4444-4444-000000001' || nnn)::uuid, 'i' || n || '@load.bench', 'Interviewer ' || n, 'x', ARRAY['INTERVIEWER']
  FROM ids, n;

INSERT INTO kit (org_id, id) SELECT org, kit FROM ids;
INSERT INTO kit_version (org_id, id, kit_id, version, status, name, role, level, min_overall, disagreement_spread, published_at)
SELECT org, kv, kit, 1, 'PUBLISHED', 'Load bench kit', 'Django developer', 'Any', 2.5, 2, now() FROM ids;
INSERT INTO kit_item (org_id, kit_version_id, position, question_org_id, question_id, question_version_id, weight, time_box_minutes, required)
SELECT org, kv, p, '00000000-0000-0000-0000-000000000000',
       ('00000000-0000-0000-0001-0000000000' || lpad(p::text, 2, '0'))::uuid,
       ('00000000-0000-0000-0002-0000000000' || lpad(p::text, 2, '0'))::uuid, 1, 5, true
  FROM ids, generate_series(1, 20) p;
INSERT INTO kit_red_flag (org_id, kit_version_id, position, red_flag_org_id, red_flag_id, knockout)
SELECT org, kv, 1, '00000000-0000-0000-0000-000000000000', '00000000-0000-0000-0003-000000000002', true FROM ids;

INSERT INTO opening (org_id, id, title, hiring_manager_id) SELECT org, opening, 'Load bench opening', hm FROM ids;
INSERT INTO opening_stage (org_id, id, opening_id, position, name, kit_version_id) SELECT org, stage, opening, 1, 'Technical', kv FROM ids;
INSERT INTO candidate (org_id, id, opening_id, name, email)
SELECT org, ('44444444-4444-4444-4444-000000002' || nnn)::uuid, opening, 'Candidate ' || n, 'c' || n || '@cand.load.bench' FROM ids, n;
INSERT INTO interview (org_id, id, candidate_id, opening_id, stage_id, kit_version_id, scheduled_at)
SELECT org, ('44444444-4444-4444-4444-000000003' || nnn)::uuid, ('44444444-4444-4444-4444-000000002' || nnn)::uuid, opening, stage, kv, now()
  FROM ids, n;
INSERT INTO panel_member (org_id, interview_id, user_id)
SELECT org, ('44444444-4444-4444-4444-000000003' || nnn)::uuid, ('44444444-4444-4444-4444-000000001' || nnn)::uuid FROM ids, n;
COMMIT;
VACUUM ANALYZE;
