-- audit_event_recent (org_id, id DESC) repeats the primary key (org_id, id): PostgreSQL reads a B-tree backwards for
-- "WHERE org_id = ? ORDER BY id DESC", so the audit log's newest-first pages use the key. Every audited change (each
-- live save among them) paid for a third index entry that no query needed.
drop index audit_event_recent;
