-- The save benchmark's dataset: one organisation, a 20-item kit (built-in questions), one opening, and 16 interviews
-- of one interviewer each: e1…e8 for the 8 HTTP clients, f1…f8 for pgbench running the save's statements, so that
-- the two never touch each other's scorecards. Interviewers c1…c8 and d1…d8 match. Load it into a migrated database;
-- run-save-bench.sh does.
\set ON_ERROR_STOP 1
BEGIN;
CREATE TEMP TABLE ids AS SELECT
  '33333333-3333-3333-3333-000000000001'::uuid AS org,
  '33333333-3333-3333-3333-0000000000a1'::uuid AS kit,
  '33333333-3333-3333-3333-0000000000a2'::uuid AS kv,
  '33333333-3333-3333-3333-0000000000b1'::uuid AS opening,
  '33333333-3333-3333-3333-0000000000b2'::uuid AS stage,
  '33333333-3333-3333-3333-0000000000b3'::uuid AS hm;

INSERT INTO organisation (id, name, kind) SELECT org, 'Save bench org', 'STANDARD' FROM ids;
INSERT INTO app_user (org_id, id, email, name, password_hash, roles)
SELECT org, hm, 'manager@save.bench', 'Hiring manager', 'x', ARRAY['HIRING_MANAGER'] FROM ids;
INSERT INTO app_user (org_id, id, email, name, password_hash, roles)
SELECT org, ('33333333-3333-3333-3333-0000000000' || who || n)::uuid, who || n || '@save.bench', 'Interviewer ' || who || n, 'x',
       ARRAY['INTERVIEWER']
  FROM ids, unnest(ARRAY['c', 'd']) who, generate_series(1, 8) n;

INSERT INTO kit (org_id, id) SELECT org, kit FROM ids;
INSERT INTO kit_version (org_id, id, kit_id, version, status, name, role, level, min_overall, disagreement_spread, published_at)
SELECT org, kv, kit, 1, 'PUBLISHED', 'Save bench kit', 'Django developer', 'Any', 2.5, 2, now() FROM ids;
INSERT INTO kit_item (org_id, kit_version_id, position, question_org_id, question_id, question_version_id, weight, time_box_minutes, required)
SELECT org, kv, n, '00000000-0000-0000-0000-000000000000',
       ('00000000-0000-0000-0001-0000000000' || lpad(n::text, 2, '0'))::uuid,
       ('00000000-0000-0000-0002-0000000000' || lpad(n::text, 2, '0'))::uuid, 1, 5, true
  FROM ids, generate_series(1, 20) n;

INSERT INTO opening (org_id, id, title, hiring_manager_id) SELECT org, opening, 'Save bench opening', hm FROM ids;
INSERT INTO opening_stage (org_id, id, opening_id, position, name, kit_version_id) SELECT org, stage, opening, 1, 'Technical', kv FROM ids;
INSERT INTO candidate (org_id, id, opening_id, name, email)
SELECT org, ('33333333-3333-3333-3333-00000000' || who || n || '00')::uuid, opening, 'Candidate ' || who || n, who || n || '@cand.bench'
  FROM ids, unnest(ARRAY['e', 'f']) who, generate_series(1, 8) n;
INSERT INTO interview (org_id, id, candidate_id, opening_id, stage_id, kit_version_id, scheduled_at)
SELECT org, ('33333333-3333-3333-3333-0000000000' || who || n)::uuid, ('33333333-3333-3333-3333-00000000' || who || n || '00')::uuid,
       opening, stage, kv, now()
  FROM ids, unnest(ARRAY['e', 'f']) who, generate_series(1, 8) n;
INSERT INTO panel_member (org_id, interview_id, user_id)
SELECT org, ('33333333-3333-3333-3333-0000000000' || CASE who WHEN 'c' THEN 'e' ELSE 'f' END || n)::uuid,
       ('33333333-3333-3333-3333-0000000000' || who || n)::uuid
  FROM ids, unnest(ARRAY['c', 'd']) who, generate_series(1, 8) n;
-- pgbench's clients start from existing scorecards, as the HTTP clients do after their first save
INSERT INTO scorecard (org_id, id, interview_id, interviewer_id)
SELECT org, gen_random_uuid(), ('33333333-3333-3333-3333-0000000000f' || n)::uuid, ('33333333-3333-3333-3333-0000000000d' || n)::uuid
  FROM ids, generate_series(1, 8) n;

-- the floor: pgbench's single-row durable insert
CREATE TABLE save_floor (id bigserial PRIMARY KEY, at timestamptz NOT NULL DEFAULT now());
COMMIT;
VACUUM ANALYZE;
