-- Per item of an interview, the scores of its submitted scorecards (newest revisions), maintained when a scorecard of
-- the interview is submitted or amended. Reports read these instead of every raw score; raters and scores are kept
-- side by side (same order) because the leniency-adjusted mean needs each score with its interviewer.
create table interview_item_stat (
    org_id       uuid     not null,
    interview_id uuid     not null,
    position     int      not null,
    n            int      not null check (n >= 0),
    total        int      not null,
    min          smallint,
    max          smallint,
    raters       uuid[]   not null,
    scores       smallint[] not null,
    primary key (org_id, interview_id, position),
    foreign key (org_id, interview_id) references interview (org_id, id),
    check (cardinality(raters) = n and cardinality(scores) = n)
);

insert into interview_item_stat (org_id, interview_id, position, n, total, min, max, raters, scores)
select sc.org_id, sc.interview_id, ri.position, count(*), sum(ri.score), min(ri.score), max(ri.score),
       array_agg(sc.interviewer_id order by sc.interviewer_id), array_agg(ri.score order by sc.interviewer_id)
  from scorecard sc
  join scorecard_revision_item ri on ri.org_id = sc.org_id and ri.scorecard_id = sc.id and ri.revision = sc.revision
 where sc.revision > 0 and ri.score is not null
 group by sc.org_id, sc.interview_id, ri.position;
