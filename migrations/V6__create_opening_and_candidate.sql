-- Job openings with their interview plan, and the candidates assessed for them.

-- Users are referenced with their organisation, so that no row can point into another organisation.
alter table app_user add constraint app_user_org_and_id unique (org_id, id);

create table opening (
    org_id            uuid        not null references organisation (id),
    id                uuid        not null,
    title             text        not null check (length(btrim(title)) between 1 and 200),
    hiring_manager_id uuid        not null,
    created_by        uuid,
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now(),
    primary key (org_id, id),
    foreign key (org_id, hiring_manager_id) references app_user (org_id, id)
);
create index opening_hiring_manager on opening (org_id, hiring_manager_id);

-- One stage of the plan: a name and the published kit version its interviews use.
create table opening_stage (
    org_id         uuid not null,
    id             uuid not null,
    opening_id     uuid not null,
    position       int  not null check (position >= 1),
    name           text not null check (length(btrim(name)) between 1 and 200),
    kit_version_id uuid not null,
    primary key (org_id, id),
    unique (org_id, opening_id, id),
    foreign key (org_id, opening_id) references opening (org_id, id),
    foreign key (org_id, kit_version_id) references kit_version (org_id, id)
);
create unique index opening_stage_position on opening_stage (org_id, opening_id, position);

create table candidate (
    org_id     uuid        not null,
    id         uuid        not null,
    opening_id uuid        not null,
    name       text        not null check (length(btrim(name)) between 1 and 200),
    email      text        not null check (length(email) between 3 and 254),
    status     text        not null default 'ACTIVE' check (status in ('ACTIVE', 'HIRED', 'REJECTED', 'WITHDRAWN')),
    created_by uuid,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    primary key (org_id, id),
    unique (org_id, opening_id, id),
    foreign key (org_id, opening_id) references opening (org_id, id)
);
create unique index candidate_email_per_opening on candidate (org_id, opening_id, lower(email));
create index candidate_opening_status on candidate (org_id, opening_id, status);

-- Final decisions, kept as history: the newest sets the candidate's status, all stay for analytics.
create table candidate_decision (
    org_id       uuid        not null,
    id           uuid        not null,
    candidate_id uuid        not null,
    decision     text        not null check (decision in ('HIRE', 'NO_HIRE')),
    reason       text        not null check (length(btrim(reason)) between 1 and 4000),
    decided_by   uuid        not null,
    decided_at   timestamptz not null default now(),
    primary key (org_id, id),
    foreign key (org_id, candidate_id) references candidate (org_id, id),
    foreign key (org_id, decided_by) references app_user (org_id, id)
);
create index candidate_decision_candidate on candidate_decision (org_id, candidate_id, decided_at);
