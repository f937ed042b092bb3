-- The opening report sums these over every interview of an opening; converting numeric at read time cost more than the
-- rest of the query. They were always read as float8, so storing them as float8 changes no reported value.
alter table interview_rater_stat
    alter column c1 type float8,
    alter column c2 type float8,
    alter column c3 type float8,
    alter column c4 type float8;

alter table interview_summary
    alter column weight_sum type float8,
    alter column weighted_sum type float8,
    alter column competency_weighted type float8[],
    alter column competency_weights type float8[];
