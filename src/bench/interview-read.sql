-- pgbench: what GET /api/v1/interviews/{id} (the interview with its kit inline, as the scoring page loads it) sends to
-- PostgreSQL per request, as a counting JDBC driver lists it: the interview, its panel, the kit version's header and the
-- state of its questions, in one read-only transaction (the account behind the token is cached, so a warm read skips
-- it; the items of a published version are kept in memory once read, so a warm read skips them too, and a 304 sends
-- the same four statements). Run
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
SELECT v.org_id, v.kit_id, v.id AS version_id, v.version, v.status, v.revision, v.name, v.description, v.role, v.level,
       v.min_overall, v.disagreement_spread, v.created_at, v.updated_at, v.published_at, v.archived_at,
       COALESCE((SELECT jsonb_object_agg(m.competency, m.minimum) FROM kit_competency_minimum m
                  WHERE m.org_id = v.org_id AND m.kit_version_id = v.id), '{}'::jsonb) AS min_per_competency,
       COALESCE((SELECT jsonb_agg(jsonb_build_object('id', f.id, 'orgId', f.org_id, 'title', f.title,
                         'severity', f.severity, 'description', f.description, 'knockout', c.knockout) ORDER BY c.position)
                   FROM kit_red_flag c JOIN red_flag f ON f.org_id = c.red_flag_org_id AND f.id = c.red_flag_id
                  WHERE c.org_id = v.org_id AND c.kit_version_id = v.id), '[]'::jsonb) AS checklist,
       (SELECT jsonb_agg(jsonb_build_object('version', o.version, 'status', o.status,
                         'publishedAt', o.published_at, 'archivedAt', o.archived_at) ORDER BY o.version)
          FROM kit_version o WHERE o.org_id = v.org_id AND o.kit_id = v.kit_id
           AND (o.org_id = :org OR o.status <> 'DRAFT')) AS versions
  FROM kit k JOIN kit_version v ON v.org_id = k.org_id AND v.kit_id = k.id
 WHERE k.org_id = :org AND v.id = '44444444-4444-4444-4444-0000000000a2';
SELECT COALESCE(string_agg(q.id || '@' || q.updated_at, ',' ORDER BY i.position), '')
  FROM kit_item i JOIN question q ON q.org_id = i.question_org_id AND q.id = i.question_id
 WHERE i.org_id = :org AND i.kit_version_id = '44444444-4444-4444-4444-0000000000a2';
COMMIT;
