-- The report's aggregates are computed once, in Java (report.InterviewOutcomes), whenever a scorecard of an interview is
-- submitted or its panel changes, in that transaction. The PL/pgSQL function that computed them (V13) and the trigger
-- that kept the leniency totals (V14) go, so that each formula exists in one place. Existing interviews are recomputed at
-- start-up (report.OutcomeBackfill) from their submitted revisions: every interview without a stored outcome gets one.

drop trigger keep_interviewer_leniency on interview_rater_stat;
drop function keep_interviewer_leniency();
drop function refresh_interview_aggregates(uuid, uuid);

-- The opening report computed the leniency-adjusted composite in SQL from these coefficients; it is now computed in Java
-- from each item's scores, like the candidate report's.
alter table interview_rater_stat drop column c1, drop column c2, drop column c3, drop column c4;

drop table interview_summary;
drop table interview_item_stat;

-- Per kit item of an interview (every item, n = 0 while unscored): the item as the kit pinned it and the scores of the
-- submitted scorecards' newest revisions, raters and scores side by side in the same order.
create table interview_item_outcome (
    org_id           uuid          not null,
    interview_id     uuid          not null,
    position         int           not null,
    question_code    text          not null,
    question_version int           not null,
    competency       text          not null,
    weight           numeric(6, 2) not null,
    required         boolean       not null,
    n                int           not null check (n >= 0),
    total            int           not null,
    min              smallint,
    max              smallint,
    raters           uuid[]        not null,
    scores           smallint[]    not null,
    primary key (org_id, interview_id, position),
    foreign key (org_id, interview_id) references interview (org_id, id),
    check (cardinality(raters) = n and cardinality(scores) = n)
);

-- What an interview adds up to: the composite's parts (overall and per competency), the recommendations, red flags and
-- the decision of the kit's rules with every reason, so that both reports read the same outcome.
create table interview_outcome (
    org_id           uuid    not null,
    interview_id     uuid    not null,
    opening_id       uuid    not null,
    candidate_id     uuid    not null,
    stage_id         uuid    not null,
    panel_size       int     not null,
    submitted        int     not null,
    amended          int     not null,
    -- Σ w_i and Σ w_i·mean_i over the items scored at least once
    weight_sum       float8  not null,
    weighted_sum     float8  not null,
    -- {"ORM": {"weighted": Σ w_i·mean_i, "weight": Σ w_i}, …} over the competency's scored items
    competencies     jsonb   not null,
    recommendations  jsonb   not null,
    flags            int     not null,
    knockouts        int     not null,
    decision         text    not null,
    -- the decision's severity (0 = most severe), so that a candidate's decision, the most severe, is min(decision_rank)
    decision_rank    int     not null,
    reasons          jsonb   not null,
    primary key (org_id, interview_id),
    foreign key (org_id, interview_id) references interview (org_id, id)
);
create index interview_outcome_opening on interview_outcome (org_id, opening_id, candidate_id);
create index interview_outcome_candidate on interview_outcome (org_id, candidate_id);

-- One row once every interview that existed when V22 ran has a stored outcome (report.OutcomeBackfill).
create table outcome_backfill (
    completed_at timestamptz not null
);
-- A database without interviews has nothing to backfill.
insert into outcome_backfill (completed_at) select now() where not exists (select 1 from interview);
