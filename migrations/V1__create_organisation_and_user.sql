-- Organisations are the tenants. Every tenant-owned table carries org_id and has (org_id, id) as its key,
-- so that references between tenant rows always include org_id and could be distributed by it (Citus).
create table organisation (
    id         uuid        primary key,
    name       text        not null check (length(btrim(name)) between 1 and 200),
    -- BUILTIN owns the built-in question bank and red-flag catalogue and has no users;
    -- PRIMARY is the organisation created at bootstrap, whose admins may create further organisations.
    kind       text        not null check (kind in ('BUILTIN', 'PRIMARY', 'STANDARD')),
    created_at timestamptz not null default now()
);
create unique index organisation_single_builtin_and_primary on organisation (kind) where kind in ('BUILTIN', 'PRIMARY');

insert into organisation (id, name, kind)
values ('00000000-0000-0000-0000-000000000000', 'Tally built-in content', 'BUILTIN');

create table app_user (
    org_id        uuid        not null references organisation (id),
    id            uuid        not null,
    email         text        not null,
    name          text        not null,
    password_hash text        not null,
    roles         text[]      not null check (cardinality(roles) >= 1
                                  and roles <@ array ['ADMIN', 'RECRUITER', 'INTERVIEWER', 'HIRING_MANAGER']),
    active        boolean     not null default true,
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now(),
    primary key (org_id, id)
);
-- Login is by email alone, so an email identifies one account across all organisations.
create unique index app_user_email on app_user (lower(email));
create unique index app_user_id on app_user (id);

-- Failed logins per account key (lower-cased email, known or not, so throttling reveals nothing).
create table login_throttle (
    email_key       text        primary key,
    failures        int         not null,
    last_failure_at timestamptz not null,
    locked_until    timestamptz
);
