-- Each interviewer's leniency contributions per interview, maintained when a scorecard of the interview is submitted
-- or amended. Leniency L_r = Σ diff_sum / Σ comparisons over any set of interviews, so reports read a few rows
-- instead of aggregating every score of the organisation.
create table interview_rater_stat (
    org_id         uuid    not null,
    interview_id   uuid    not null,
    interviewer_id uuid    not null,
    -- Σ over items both this interviewer and a co-panelist scored, of (their score − the co-panelists' mean)
    diff_sum       numeric not null,
    comparisons    int     not null check (comparisons >= 0),
    primary key (org_id, interview_id, interviewer_id),
    foreign key (org_id, interview_id) references interview (org_id, id)
);
create index interview_rater_stat_interviewer on interview_rater_stat (org_id, interviewer_id);

-- The contributions of scorecards submitted before this table existed.
with answers as (
    select sc.org_id, sc.interview_id, sc.interviewer_id, ri.position, ri.score
      from scorecard sc
      join scorecard_revision_item ri on ri.org_id = sc.org_id and ri.scorecard_id = sc.id and ri.revision = sc.revision
     where sc.revision > 0 and ri.score is not null),
totals as (
    select org_id, interview_id, position, sum(score) as total, count(*) as raters from answers group by org_id, interview_id, position)
insert into interview_rater_stat (org_id, interview_id, interviewer_id, diff_sum, comparisons)
select a.org_id, a.interview_id, a.interviewer_id, sum(a.score - (t.total - a.score)::numeric / (t.raters - 1)), count(*)
  from answers a join totals t on t.org_id = a.org_id and t.interview_id = a.interview_id and t.position = a.position
 where t.raters >= 2
 group by a.org_id, a.interview_id, a.interviewer_id;
