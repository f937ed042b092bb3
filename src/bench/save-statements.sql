-- (b) what one warm live save sends, as LiveSaveStatementsTest lists it (the account and the kit's item rules are
-- held in memory by then, so they are left out),
-- in one transaction, for pgbench client :client_id on its own scorecard (interview f1…f8, interviewer d1…d8).
-- baseVersion is left out (NULL): pgbench cannot carry the version from one save to the next; the plan is the same.
-- Run with -M prepared, as the service prepares its statements; the blank after each colon in the kept answer's JSON
-- keeps pgbench from reading ":false" as a variable.
\set n :client_id + 1
\set position random(1, 20)
\set score random(1, 4)
BEGIN;
SELECT i.status, i.kit_version_id,
       EXISTS (SELECT 1 FROM panel_member p WHERE p.org_id = i.org_id AND p.interview_id = i.id
                                              AND p.user_id = ('33333333-3333-3333-3333-0000000000d' || :n)::uuid) AS on_panel
  FROM interview i WHERE i.org_id = '33333333-3333-3333-3333-000000000001' AND i.id = ('33333333-3333-3333-3333-0000000000f' || :n)::uuid
   FOR SHARE;
WITH changed AS (
    UPDATE scorecard SET version = version + 1, updated_at = now()
     WHERE org_id = '33333333-3333-3333-3333-000000000001' AND interview_id = ('33333333-3333-3333-3333-0000000000f' || :n)::uuid
       AND interviewer_id = ('33333333-3333-3333-3333-0000000000d' || :n)::uuid AND status <> 'SUBMITTED'
       AND (CAST(NULL AS int) IS NULL OR version = NULL)
    RETURNING id, interview_id, interviewer_id, status, version, revision, recommendation, summary, amend_reason, created_at, updated_at),
logged AS (
    INSERT INTO audit_event (org_id, actor_id, entity_type, entity_id, action, after)
    SELECT '33333333-3333-3333-3333-000000000001', ('33333333-3333-3333-3333-0000000000d' || :n)::uuid, 'SCORECARD', id,
           'ITEM_SAVED', jsonb_build_object('part', 'item', 'position', CAST(:position AS int)) FROM changed),
saved AS (
    INSERT INTO scorecard_item (org_id, scorecard_id, position, score, not_assessed, not_assessed_reason, key_points, note)
    SELECT '33333333-3333-3333-3333-000000000001', id, :position, :score, false, NULL,
           ARRAY(SELECT CAST(jsonb_array_elements_text(CAST('[]' AS jsonb)) AS int)), 'a note from pgbench' FROM changed
    ON CONFLICT (org_id, scorecard_id, position) DO UPDATE SET score = excluded.score, not_assessed = excluded.not_assessed,
        not_assessed_reason = excluded.not_assessed_reason, key_points = excluded.key_points, note = excluded.note)
SELECT id AS scorecard_id, interview_id, interviewer_id, status, version, revision, recommendation, summary, amend_reason,
       created_at, updated_at FROM changed
\gset
INSERT INTO idempotency_key (org_id, user_id, key, fingerprint, response_status, response_body)
VALUES ('33333333-3333-3333-3333-000000000001', ('33333333-3333-3333-3333-0000000000d' || :n)::uuid, 'pgbench-' || md5(random()::text),
        md5(random()::text) || md5(random()::text), 200,
        CAST('{"version":' || :version || ',"item":{"position":' || :position || ',"score":' || :score
             || ',"notAssessed": false,"notAssessedReason": null,"keyPoints": [],"note":"a note from pgbench"}}' AS jsonb))
ON CONFLICT (org_id, user_id, key) DO NOTHING;
COMMIT;
