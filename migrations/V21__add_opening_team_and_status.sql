-- The team an opening hires for, and whether it still takes candidates and interviews.
alter table opening
    add column team   text check (length(team) <= 200),
    add column status text not null default 'OPEN' check (status in ('OPEN', 'CLOSED'));
create index opening_status on opening (org_id, status);
