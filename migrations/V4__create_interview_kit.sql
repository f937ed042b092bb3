-- Interview kits. A kit is an identity; its content lives in versions. A DRAFT version is edited in place, guarded by
-- its revision number; a PUBLISHED version never changes; an ARCHIVED one stays readable but starts no new interview.

-- Kit items name the question and the pinned version; this lets the pair be checked by one foreign key.
alter table question_version add constraint question_version_question_and_id unique (org_id, question_id, id);

create table kit (
    org_id         uuid        not null references organisation (id),
    id             uuid        not null,
    latest_version int         not null default 1 check (latest_version >= 1),
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now(),
    primary key (org_id, id)
);

create table kit_version (
    org_id              uuid         not null,
    id                  uuid         not null,
    kit_id              uuid         not null,
    version             int          not null check (version >= 1),
    status              text         not null check (status in ('DRAFT', 'PUBLISHED', 'ARCHIVED')),
    -- counts the edits of a draft, so that a stale edit is detected instead of merged
    revision            int          not null default 1 check (revision >= 1),
    name                text         not null check (length(btrim(name)) between 1 and 200),
    description         text         not null default '' check (length(description) <= 4000),
    role                text         not null check (length(btrim(role)) between 1 and 200),
    level               text         not null check (length(btrim(level)) between 1 and 100),
    -- decision rules, on the 1-4 scale
    min_overall         numeric(3, 2) check (min_overall between 1 and 4),
    disagreement_spread int          not null default 2 check (disagreement_spread between 1 and 3),
    created_by          uuid,
    created_at          timestamptz  not null default now(),
    updated_at          timestamptz  not null default now(),
    published_by        uuid,
    published_at        timestamptz,
    archived_at         timestamptz,
    primary key (org_id, id),
    unique (org_id, kit_id, version),
    foreign key (org_id, kit_id) references kit (org_id, id),
    check ((status = 'DRAFT') = (published_at is null))
);
create unique index kit_version_one_draft on kit_version (org_id, kit_id) where status = 'DRAFT';

create table kit_item (
    org_id              uuid         not null,
    kit_version_id      uuid         not null,
    position            int          not null check (position >= 1),
    -- the question's owner: this organisation, or the built-in bank
    question_org_id     uuid         not null,
    question_id         uuid         not null,
    question_version_id uuid         not null,
    weight              numeric(6, 2) not null check (weight > 0 and weight <= 100),
    time_box_minutes    int          not null check (time_box_minutes between 1 and 240),
    required            boolean      not null,
    primary key (org_id, kit_version_id, position),
    unique (org_id, kit_version_id, question_id),
    foreign key (org_id, kit_version_id) references kit_version (org_id, id) on delete cascade,
    foreign key (question_org_id, question_id, question_version_id) references question_version (org_id, question_id, id),
    check (question_org_id in (org_id, '00000000-0000-0000-0000-000000000000'))
);

-- The red-flag checklist; a knockout raised in a submitted scorecard makes the suggested decision "reject".
create table kit_red_flag (
    org_id          uuid    not null,
    kit_version_id  uuid    not null,
    position        int     not null check (position >= 1),
    red_flag_org_id uuid    not null,
    red_flag_id     uuid    not null,
    knockout        boolean not null,
    primary key (org_id, kit_version_id, red_flag_id),
    unique (org_id, kit_version_id, position),
    foreign key (org_id, kit_version_id) references kit_version (org_id, id) on delete cascade,
    foreign key (red_flag_org_id, red_flag_id) references red_flag (org_id, id),
    check (red_flag_org_id in (org_id, '00000000-0000-0000-0000-000000000000'))
);

create table kit_competency_minimum (
    org_id         uuid          not null,
    kit_version_id uuid          not null,
    competency     text          not null references competency (code),
    minimum        numeric(3, 2) not null check (minimum between 1 and 4),
    primary key (org_id, kit_version_id, competency),
    foreign key (org_id, kit_version_id) references kit_version (org_id, id) on delete cascade
);
