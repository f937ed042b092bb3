-- pgbench: what GET /api/v1/interviews/{id} (the interview with its kit inline) sends to PostgreSQL per request, as a
-- counting JDBC driver lists it: the interview, its panel, the state of the kit version (what can still change in its
-- view) and the state of the questions it pins (the question bank owns them; the service sends their ids as a
-- parameter, read here in a subquery), in one read-only transaction. The account behind the token is cached, so a warm
-- read skips it; a published version's view is kept in memory by that state once read, so a warm read skips its header,
-- items and questions, and a 304 sends the same four statements. (The scoring page itself now reads the interview with
-- withKit=false and the kit from /api/v1/kit-versions/{id}: see kit-version-read.sql.) Run with -M prepared, as the
-- service prepares its statements on the server (prepareThreshold 1), and -D org=… -D interview=… (run-load-bench.sh
-- does).
BEGIN READ ONLY;
SELECT i.id, i.candidate_id, c.name AS candidate_name, c.email AS candidate_email, c.link AS candidate_link,
       c.notes AS candidate_notes, c.status AS candidate_status, i.opening_id, o.title AS opening_title,
       o.hiring_manager_id, i.stage_id, s.name AS stage_name, i.kit_version_id, i.scheduled_at, i.duration_minutes,
       i.location, i.status, i.cancelled_at, i.cancel_reason, i.created_at, i.updated_at
  FROM interview i
  JOIN candidate c ON c.org_id = i.org_id AND c.id = i.candidate_id
  JOIN opening o ON o.org_id = i.org_id AND o.id = i.opening_id
  JOIN opening_stage s ON s.org_id = i.org_id AND s.id = i.stage_id
 WHERE i.org_id = :org AND i.id = :interview;
SELECT u.id, u.name, u.email, COALESCE(sc.status, 'NOT_STARTED') AS scorecard_status
  FROM panel_member p
  JOIN app_user u ON u.org_id = p.org_id AND u.id = p.user_id
  LEFT JOIN scorecard sc ON sc.org_id = p.org_id AND sc.interview_id = p.interview_id AND sc.interviewer_id = p.user_id
 WHERE p.org_id = :org AND p.interview_id = :interview ORDER BY u.name, u.id;
SELECT v.status,
       (SELECT string_agg(o.version || ' ' || o.status || ' ' || COALESCE(CAST(o.published_at AS text), '-') || ' '
                          || COALESCE(CAST(o.archived_at AS text), '-'), ',' ORDER BY o.version)
          FROM kit_version o WHERE o.org_id = v.org_id AND o.kit_id = v.kit_id) AS versions,
       COALESCE((SELECT jsonb_agg(i.question_id ORDER BY i.position) FROM kit_item i
                  WHERE i.org_id = v.org_id AND i.kit_version_id = v.id), '[]'::jsonb) AS question_ids
  FROM kit_version v WHERE v.org_id = :org AND v.id = '44444444-4444-4444-4444-0000000000a2';
SELECT COALESCE(string_agg(q.id || '@' || q.updated_at, ',' ORDER BY r.ord), '')
  FROM unnest(CAST((SELECT array_agg(i.question_id ORDER BY i.position) FROM kit_item i
                     WHERE i.org_id = :org AND i.kit_version_id = '44444444-4444-4444-4444-0000000000a2') AS uuid[]))
       WITH ORDINALITY AS r(id, ord)
  JOIN question q ON q.id = r.id AND q.org_id IN (:org, '00000000-0000-0000-0000-000000000000');
COMMIT;
