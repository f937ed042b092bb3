-- Per item of an interview, the scores of its submitted scorecards (newest revisions), kept up to date by
-- refresh_interview_aggregates (V13). Raters and scores are kept side by side (same order) because the
-- leniency-adjusted mean needs each score with its interviewer.
create table interview_item_stat (
    org_id       uuid       not null,
    interview_id uuid       not null,
    position     int        not null,
    n            int        not null check (n >= 0),
    total        int        not null,
    min          smallint,
    max          smallint,
    raters       uuid[]     not null,
    scores       smallint[] not null,
    primary key (org_id, interview_id, position),
    foreign key (org_id, interview_id) references interview (org_id, id),
    check (cardinality(raters) = n and cardinality(scores) = n)
);
