-- What the opening report needs of each interview, maintained when one of its scorecards is submitted or amended:
-- submissions, the weighted composite's parts (per competency too), disagreements and recommendations, in plain
-- columns so that the report reads one narrow row per interview.
create table interview_summary (
    org_id             uuid      not null,
    interview_id       uuid      not null,
    submitted          int       not null,
    amended            int       not null,
    -- Σ w_i and Σ w_i·mean_i over the items scored at least once
    weight_sum         numeric   not null,
    weighted_sum       numeric   not null,
    -- the same per competency, in three parallel arrays
    competency_codes   text[]    not null,
    competency_weighted numeric[] not null,
    competency_weights numeric[] not null,
    -- items whose max − min reaches the kit's disagreementSpread
    disagreements      int       not null,
    definitely_no      int       not null,
    no                 int       not null,
    yes                int       not null,
    strong_yes         int       not null,
    no_decision        int       not null,
    primary key (org_id, interview_id),
    foreign key (org_id, interview_id) references interview (org_id, id)
);

-- For the leniency-adjusted composite without reading every score: c_v = Σ w_i / n_i over the items this interviewer
-- scored v, so that the adjusted Σ w_i·mean_i of an interview is Σ_r Σ_v c_v · clamp(v − L_r, 1, 4).
alter table interview_rater_stat
    add column c1 numeric not null default 0,
    add column c2 numeric not null default 0,
    add column c3 numeric not null default 0,
    add column c4 numeric not null default 0;

insert into interview_summary (org_id, interview_id, submitted, amended, weight_sum, weighted_sum, competency_codes,
                               competency_weighted, competency_weights, disagreements, definitely_no, no, yes, strong_yes, no_decision)
select i.org_id, i.id,
       (select count(*) from scorecard sc where sc.org_id = i.org_id and sc.interview_id = i.id and sc.revision > 0),
       (select count(*) from scorecard sc where sc.org_id = i.org_id and sc.interview_id = i.id and sc.revision > 1),
       coalesce(t.weight_sum, 0), coalesce(t.weighted_sum, 0),
       coalesce(c.codes, '{}'), coalesce(c.weighted, '{}'), coalesce(c.weights, '{}'), coalesce(t.disagreements, 0),
       r.definitely_no, r.no, r.yes, r.strong_yes, r.no_decision
  from interview i
  join kit_version kv on kv.org_id = i.org_id and kv.id = i.kit_version_id
  left join lateral (
        select sum(ki.weight) as weight_sum, sum(ki.weight * s.total::numeric / s.n) as weighted_sum,
               count(*) filter (where s.max - s.min >= kv.disagreement_spread) as disagreements
          from kit_item ki join interview_item_stat s on s.org_id = i.org_id and s.interview_id = i.id and s.position = ki.position
         where ki.org_id = i.org_id and ki.kit_version_id = i.kit_version_id and s.n > 0) t on true
  left join lateral (
        select array_agg(competency order by competency) as codes, array_agg(num order by competency) as weighted,
               array_agg(den order by competency) as weights
          from (select qv.competency, sum(ki.weight * s.total::numeric / s.n) as num, sum(ki.weight) as den
                  from kit_item ki
                  join question_version qv on qv.org_id = ki.question_org_id and qv.id = ki.question_version_id
                  join interview_item_stat s on s.org_id = i.org_id and s.interview_id = i.id and s.position = ki.position
                 where ki.org_id = i.org_id and ki.kit_version_id = i.kit_version_id and s.n > 0
                 group by qv.competency) per_competency) c on true
  cross join lateral (
        select count(*) filter (where rv.recommendation = 'DEFINITELY_NO') as definitely_no,
               count(*) filter (where rv.recommendation = 'NO') as no,
               count(*) filter (where rv.recommendation = 'YES') as yes,
               count(*) filter (where rv.recommendation = 'STRONG_YES') as strong_yes,
               count(*) filter (where rv.recommendation = 'NO_DECISION') as no_decision
          from scorecard sc join scorecard_revision rv on rv.org_id = sc.org_id and rv.scorecard_id = sc.id and rv.revision = sc.revision
         where sc.org_id = i.org_id and sc.interview_id = i.id) r
 where exists (select 1 from scorecard sc where sc.org_id = i.org_id and sc.interview_id = i.id and sc.revision > 0);

update interview_rater_stat r set c1 = x.c1, c2 = x.c2, c3 = x.c3, c4 = x.c4
  from (select i.org_id, i.id as interview_id, u.rater,
               coalesce(sum(ki.weight / s.n) filter (where u.score = 1), 0) as c1,
               coalesce(sum(ki.weight / s.n) filter (where u.score = 2), 0) as c2,
               coalesce(sum(ki.weight / s.n) filter (where u.score = 3), 0) as c3,
               coalesce(sum(ki.weight / s.n) filter (where u.score = 4), 0) as c4
          from interview i
          join kit_item ki on ki.org_id = i.org_id and ki.kit_version_id = i.kit_version_id
          join interview_item_stat s on s.org_id = i.org_id and s.interview_id = i.id and s.position = ki.position,
               lateral unnest(s.raters, s.scores) as u(rater, score)
         group by i.org_id, i.id, u.rater) x
 where r.org_id = x.org_id and r.interview_id = x.interview_id and r.interviewer_id = x.rater;
