-- pgbench: what GET /api/v1/kit-versions/{id} (a published kit version's content, as the scoring page loads its kit)
-- sends to PostgreSQL per request for an interviewer, as a counting JDBC driver lists it: the version (tenancy and
-- status) and whether the reader sits on a panel using it, in one read-only transaction. The account behind the token
-- is cached, and the content, which never changes, is kept in memory once read, so a warm read sends only these.
-- Run with -M prepared and -D org=… -D version=… -D reader=… (run-load-bench.sh does).
BEGIN READ ONLY;
SELECT v.id AS version_id, v.kit_id, v.org_id, v.version, v.name, v.status FROM kit_version v
 WHERE v.org_id IN (:org, '00000000-0000-0000-0000-000000000000') AND v.id = :version AND (v.org_id = :org OR v.status = 'PUBLISHED');
SELECT EXISTS (SELECT 1 FROM interview i JOIN panel_member p ON p.org_id = i.org_id AND p.interview_id = i.id
                WHERE i.org_id = :org AND i.kit_version_id = :version AND p.user_id = :reader);
COMMIT;
