-- The stored outcome also keeps what the candidate report shows beside the numbers: the interview's facts (stage, time,
-- kit and its rules, panel progress, recommendations), its panel seats and its raised red flags with their evidence, so
-- that the report reads one row per interview instead of joining the tables of four features. They are kept up to date
-- with the rest (submission, panel or schedule change, stage or interviewer renamed). Outcomes stored before this have
-- none of it, so they are computed again at the next start.
delete from interview_outcome;
delete from outcome_backfill where exists (select 1 from interview);

alter table interview_outcome
    add column scheduled_at timestamptz not null,
    add column facts        jsonb       not null,
    add column panel        jsonb       not null,
    add column raised_flags jsonb       not null;

create index interview_outcome_candidate_scheduled on interview_outcome (org_id, candidate_id, scheduled_at, interview_id);
drop index interview_outcome_candidate;
