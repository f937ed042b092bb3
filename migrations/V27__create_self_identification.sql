-- Fairness monitoring: candidates' voluntary self-identification, kept apart from everything else about them, and the
-- COMPLIANCE role that alone may read it.

alter table app_user drop constraint app_user_roles_check;
alter table app_user add constraint app_user_roles_check check (cardinality(roles) >= 1
    and roles <@ array ['ADMIN', 'RECRUITER', 'INTERVIEWER', 'HIRING_MANAGER', 'COMPLIANCE']);

-- What an organisation asks, for example gender or ethnicity: a name and its options, in the order they are offered.
-- "Prefer not to say" is always offered besides the options and is not one of them.
create table self_id_category (
    org_id     uuid        not null references organisation (id),
    id         uuid        not null,
    name       text        not null check (length(btrim(name)) between 1 and 100),
    options    text[]      not null check (cardinality(options) between 2 and 30),
    position   int         not null,
    created_at timestamptz not null default now(),
    primary key (org_id, id)
);
create unique index self_id_category_name on self_id_category (org_id, lower(name));

-- A candidate's answer to one category; a null option is "prefer not to say". No row: not answered.
create table self_id_answer (
    org_id       uuid        not null,
    candidate_id uuid        not null,
    category_id  uuid        not null,
    option       text        check (length(option) between 1 and 100),
    given_by     text        not null check (given_by in ('RECRUITER', 'CANDIDATE')),
    given_at     timestamptz not null default now(),
    primary key (org_id, candidate_id, category_id),
    foreign key (org_id, candidate_id) references candidate (org_id, id),
    foreign key (org_id, category_id) references self_id_category (org_id, id)
);
create index self_id_answer_category on self_id_answer (org_id, category_id, option);

-- The one live link a candidate may answer through: only the SHA-256 of its token is kept, and it goes on use.
create table self_id_link (
    org_id       uuid        not null,
    candidate_id uuid        not null,
    token_hash   bytea       not null unique,
    expires_at   timestamptz not null,
    created_by   uuid        not null,
    created_at   timestamptz not null default now(),
    primary key (org_id, candidate_id),
    foreign key (org_id, candidate_id) references candidate (org_id, id),
    foreign key (org_id, created_by) references app_user (org_id, id)
);
