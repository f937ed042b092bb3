-- Scorecards: one per interviewer per interview. The working copy (scorecard_item, scorecard_flag) is what autosave
-- changes; every submission freezes it into a numbered revision that never changes. Revision 1 is the original,
-- independent submission; amendments add revisions 2, 3, ...
create table scorecard (
    org_id          uuid        not null,
    id              uuid        not null,
    interview_id    uuid        not null,
    interviewer_id  uuid        not null,
    -- DRAFT: never submitted; SUBMITTED: frozen; AMENDING: reopened after submission, the last revision still counts
    status          text        not null default 'DRAFT' check (status in ('DRAFT', 'SUBMITTED', 'AMENDING')),
    -- counts every acknowledged change, so that a save based on an older version is detected
    version         int         not null default 0 check (version >= 0),
    -- the newest submitted revision; 0 until the first submission
    revision        int         not null default 0 check (revision >= 0),
    recommendation  text check (recommendation in ('DEFINITELY_NO', 'NO', 'YES', 'STRONG_YES', 'NO_DECISION')),
    summary         text        not null default '' check (length(summary) <= 20000),
    amend_reason    text,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    primary key (org_id, id),
    unique (org_id, interview_id, interviewer_id),
    foreign key (org_id, interview_id, interviewer_id) references panel_member (org_id, interview_id, user_id),
    check ((status = 'DRAFT') = (revision = 0))
);

create table scorecard_item (
    org_id              uuid    not null,
    scorecard_id        uuid    not null,
    position            int     not null check (position >= 1),
    score               smallint check (score between 1 and 4),
    not_assessed        boolean not null default false,
    not_assessed_reason text check (length(not_assessed_reason) <= 2000),
    -- positions (from 0) of the question's key points the candidate covered
    key_points          int[]   not null default '{}',
    note                text    not null default '' check (length(note) <= 20000),
    primary key (org_id, scorecard_id, position),
    foreign key (org_id, scorecard_id) references scorecard (org_id, id),
    check (not (not_assessed and score is not null))
);

create table scorecard_flag (
    org_id       uuid    not null,
    scorecard_id uuid    not null,
    red_flag_id  uuid    not null,
    raised       boolean not null,
    note         text    not null default '' check (length(note) <= 20000),
    primary key (org_id, scorecard_id, red_flag_id),
    foreign key (org_id, scorecard_id) references scorecard (org_id, id)
);

create table scorecard_revision (
    org_id         uuid        not null,
    scorecard_id   uuid        not null,
    revision       int         not null check (revision >= 1),
    recommendation text        not null check (recommendation in ('DEFINITELY_NO', 'NO', 'YES', 'STRONG_YES', 'NO_DECISION')),
    summary        text        not null,
    amend_reason   text,
    submitted_by   uuid        not null,
    submitted_at   timestamptz not null default now(),
    primary key (org_id, scorecard_id, revision),
    foreign key (org_id, scorecard_id) references scorecard (org_id, id),
    check ((revision = 1) = (amend_reason is null))
);

create table scorecard_revision_item (
    org_id              uuid     not null,
    scorecard_id        uuid     not null,
    revision            int      not null,
    position            int      not null,
    score               smallint check (score between 1 and 4),
    not_assessed        boolean  not null,
    not_assessed_reason text,
    key_points          int[]    not null,
    note                text     not null,
    primary key (org_id, scorecard_id, revision, position),
    foreign key (org_id, scorecard_id, revision) references scorecard_revision (org_id, scorecard_id, revision)
);

create table scorecard_revision_flag (
    org_id       uuid    not null,
    scorecard_id uuid    not null,
    revision     int     not null,
    red_flag_id  uuid    not null,
    note         text    not null,
    primary key (org_id, scorecard_id, revision, red_flag_id),
    foreign key (org_id, scorecard_id, revision) references scorecard_revision (org_id, scorecard_id, revision)
);

-- Submitted revisions are history: the database itself refuses to change or remove them.
create function refuse_change_to_history() returns trigger language plpgsql as $$
begin
    raise exception '% rows are history and cannot be changed or deleted', TG_TABLE_NAME using errcode = '23000';
end $$;
create trigger scorecard_revision_is_history before update or delete on scorecard_revision
    for each row execute function refuse_change_to_history();
create trigger scorecard_revision_item_is_history before update or delete on scorecard_revision_item
    for each row execute function refuse_change_to_history();
create trigger scorecard_revision_flag_is_history before update or delete on scorecard_revision_flag
    for each row execute function refuse_change_to_history();
