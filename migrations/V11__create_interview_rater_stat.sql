-- Each interviewer's leniency contributions per interview, kept up to date by refresh_interview_aggregates (V13)
-- whenever a scorecard of the interview is submitted or amended. Leniency L_r = Σ diff_sum / Σ comparisons over any
-- set of interviews, so reports read a few rows instead of aggregating every score of the organisation.
create table interview_rater_stat (
    org_id         uuid    not null,
    interview_id   uuid    not null,
    interviewer_id uuid    not null,
    -- Σ over items both this interviewer and a co-panelist scored, of (their score − the co-panelists' mean)
    diff_sum       numeric not null,
    comparisons    int     not null check (comparisons >= 0),
    -- c_v = Σ w_i / n_i over the items this interviewer scored v, so that the leniency-adjusted Σ w_i·mean_i of the
    -- interview is Σ_r Σ_v c_v · clamp(v − L_r, 1, 4) without reading the scores
    c1             numeric not null default 0,
    c2             numeric not null default 0,
    c3             numeric not null default 0,
    c4             numeric not null default 0,
    primary key (org_id, interview_id, interviewer_id),
    foreign key (org_id, interview_id) references interview (org_id, id)
);
create index interview_rater_stat_interviewer on interview_rater_stat (org_id, interviewer_id);
