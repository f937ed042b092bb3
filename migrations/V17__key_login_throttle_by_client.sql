-- Login throttling keyed by the client's address as well as the account. The old table counted failures per account
-- only (anyone could lock anyone out); its short-lived counts are dropped rather than carried over.
drop table login_throttle;

create table login_throttle (
    -- ACCOUNT_FROM_CLIENT: failed logins to one account from one client, locked for a while after a few;
    -- ACCOUNT: failed logins to one account from every client together, slowed (never locked) after many;
    -- CLIENT: login attempts from one client to any account, in a short fixed window.
    kind              text        not null check (kind in ('ACCOUNT_FROM_CLIENT', 'ACCOUNT', 'CLIENT')),
    -- lower-cased email, known or not, so throttling reveals nothing; '' for CLIENT
    email_key         text        not null,
    -- the client's address (an IPv6 client by its /64); '' for ACCOUNT
    client            text        not null,
    count             int         not null,
    window_started_at timestamptz not null,
    locked_until      timestamptz,
    -- when the row no longer counts for anything: it is purged after that, hourly
    expires_at        timestamptz not null,
    primary key (kind, email_key, client)
);
create index login_throttle_expiry on login_throttle (expires_at);
