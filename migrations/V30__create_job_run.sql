-- When each scheduled job last started, and on which instance: with several instances behind a load balancer, the one
-- that moves started_at forward runs the job, the others skip that run (database.SingleRunner).
create table job_run (
    name       text        primary key check (length(name) between 1 and 100),
    started_at timestamptz not null,
    holder     text        not null check (length(holder) between 1 and 200)
);
