-- How many changes each organisation has committed, a draft's saves aside (they stay private to their author until
-- they submit). AuditLog adds one for each change recorded, as its transaction commits, taking the row's lock only in
-- that last step, so counts follow commit order and no transaction waits on it while holding it. Reports are tagged
-- by it: a conditional request for a report nothing has changed since answers 304 without building the report.
create table audit_change_count (
    org_id  uuid   primary key references organisation (id),
    changes bigint not null
);
