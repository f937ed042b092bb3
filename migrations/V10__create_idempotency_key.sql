-- Responses to requests sent with an Idempotency-Key, so that a retry returns the first answer and changes nothing.
create table idempotency_key (
    org_id          uuid        not null,
    user_id         uuid        not null,
    key             text        not null check (length(key) between 1 and 200),
    -- SHA-256 of method, path and body: the same key with a different request is refused
    fingerprint     text        not null,
    response_status int         not null,
    response_body   jsonb       not null,
    created_at      timestamptz not null default now(),
    primary key (org_id, user_id, key),
    foreign key (org_id, user_id) references app_user (org_id, id)
);
create index idempotency_key_age on idempotency_key (created_at);
