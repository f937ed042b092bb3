-- pgbench: what GET /api/v1/interviews/{id} (the interview with its kit inline, as the scoring page loads it) sends to
-- PostgreSQL per request, as a counting JDBC driver lists it: the interview, its panel and the state of the kit version
-- (what can still change in its view), in one read-only transaction (the account behind the token is cached, so a warm
-- read skips it; a published version's view is kept in memory by that state once read, so a warm read skips its header
-- and items, and a 304 sends the same three statements). Run
-- with -M prepared, as the service prepares its statements on the server (prepareThreshold 1), and -D org=… -D interview=…
-- (run-load-bench.sh does).
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
       (SELECT max(o.updated_at) FROM kit_version o WHERE o.org_id = v.org_id AND o.kit_id = v.kit_id) AS versions_changed_at,
       (SELECT count(*) FROM kit_version o WHERE o.org_id = v.org_id AND o.kit_id = v.kit_id) AS version_count,
       (SELECT COALESCE(string_agg(q.id || '@' || q.updated_at, ',' ORDER BY i.position), '')
          FROM kit_item i JOIN question q ON q.org_id = i.question_org_id AND q.id = i.question_id
         WHERE i.org_id = v.org_id AND i.kit_version_id = v.id) AS questions
  FROM kit_version v WHERE v.org_id = :org AND v.id = '44444444-4444-4444-4444-0000000000a2';
COMMIT;
