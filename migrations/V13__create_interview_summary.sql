-- What the opening report needs of each interview, maintained when one of its scorecards is submitted or amended:
-- the weighted composite's parts, per competency too, and the items whose spread reaches the kit's threshold.
create table interview_summary (
    org_id        uuid    not null,
    interview_id  uuid    not null,
    -- Σ w_i and Σ w_i·mean_i over the items scored at least once
    weight_sum    numeric not null,
    weighted_sum  numeric not null,
    -- {"ORM": [Σ w_i·mean_i, Σ w_i], ...}
    competencies  jsonb   not null,
    -- [{"position", "questionCode", "competency", "min", "max"}] for items with max − min ≥ the kit's disagreementSpread
    disagreements jsonb   not null,
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

with items as (
    select i.org_id, i.id as interview_id, ki.position, ki.weight, qv.competency, q.code, s.n, s.total, s.min, s.max,
           kv.disagreement_spread
      from interview i
      join kit_version kv on kv.org_id = i.org_id and kv.id = i.kit_version_id
      join kit_item ki on ki.org_id = i.org_id and ki.kit_version_id = i.kit_version_id
      join question_version qv on qv.org_id = ki.question_org_id and qv.id = ki.question_version_id
      join question q on q.org_id = qv.org_id and q.id = qv.question_id
      join interview_item_stat s on s.org_id = i.org_id and s.interview_id = i.id and s.position = ki.position
     where s.n > 0),
competencies as (
    select org_id, interview_id, jsonb_object_agg(competency, jsonb_build_array(num, den)) as competencies
      from (select org_id, interview_id, competency, sum(weight * total::numeric / n) as num, sum(weight) as den
              from items group by org_id, interview_id, competency) c
     group by org_id, interview_id)
insert into interview_summary (org_id, interview_id, weight_sum, weighted_sum, competencies, disagreements)
select it.org_id, it.interview_id, sum(it.weight), sum(it.weight * it.total::numeric / it.n), c.competencies,
       coalesce(jsonb_agg(jsonb_build_object('position', it.position, 'questionCode', it.code, 'competency', it.competency,
                                             'min', it.min, 'max', it.max) order by it.position)
                filter (where it.max - it.min >= it.disagreement_spread), '[]'::jsonb)
  from items it join competencies c on c.org_id = it.org_id and c.interview_id = it.interview_id
 group by it.org_id, it.interview_id, c.competencies;

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
