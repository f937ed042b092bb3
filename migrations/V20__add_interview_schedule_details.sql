-- How long an interview lasts, where it happens, and whether it was called off (kept, not deleted, for the record).
alter table interview
    add column duration_minutes int  not null default 60 check (duration_minutes between 5 and 480),
    add column location         text check (length(location) <= 500),
    add column status           text not null default 'SCHEDULED' check (status in ('SCHEDULED', 'CANCELLED')),
    add column cancelled_at     timestamptz,
    add column cancel_reason    text check (length(cancel_reason) <= 1000),
    add constraint interview_cancelled_at_with_status check ((status = 'CANCELLED') = (cancelled_at is not null));
