-- Append-only audit log: who did what to which thing, when, with the state before and after.
create table audit_event (
    org_id      uuid        not null references organisation (id),
    id          bigint      generated always as identity,
    occurred_at timestamptz not null default now(),
    actor_id    uuid,
    entity_type text        not null,
    entity_id   uuid        not null,
    action      text        not null,
    before      jsonb,
    after       jsonb,
    primary key (org_id, id)
);
create index audit_event_entity on audit_event (org_id, entity_type, entity_id, id);
create index audit_event_recent on audit_event (org_id, id desc);

create trigger audit_event_is_history before update or delete on audit_event
    for each row execute function refuse_change_to_history();
