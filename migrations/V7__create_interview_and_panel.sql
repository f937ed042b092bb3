-- Interviews of a candidate at one stage of the plan, with the panel that scores them.
create table interview (
    org_id         uuid        not null,
    id             uuid        not null,
    candidate_id   uuid        not null,
    opening_id     uuid        not null,
    stage_id       uuid        not null,
    -- pinned when the interview is created: the plan may later move the stage to a newer kit version
    kit_version_id uuid        not null,
    scheduled_at   timestamptz not null,
    created_by     uuid,
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now(),
    primary key (org_id, id),
    foreign key (org_id, opening_id, candidate_id) references candidate (org_id, opening_id, id),
    foreign key (org_id, opening_id, stage_id) references opening_stage (org_id, opening_id, id),
    foreign key (org_id, kit_version_id) references kit_version (org_id, id)
);
create index interview_candidate on interview (org_id, candidate_id);
create index interview_opening on interview (org_id, opening_id);

create table panel_member (
    org_id       uuid not null,
    interview_id uuid not null,
    user_id      uuid not null,
    primary key (org_id, interview_id, user_id),
    foreign key (org_id, interview_id) references interview (org_id, id),
    foreign key (org_id, user_id) references app_user (org_id, id)
);
-- "my interviews, soonest first"
create index panel_member_user on panel_member (org_id, user_id);
