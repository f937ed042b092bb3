-- Every token carries the generation of its account at login; a password change, an admin's reset and a deactivation
-- raise it, so every token issued before them is refused on its next request.
alter table app_user add column token_generation int not null default 0;
-- Set by an admin's password reset: until the user chooses a password of their own, only /api/v1/me and
-- /api/v1/me/password answer them.
alter table app_user add column must_change_password boolean not null default false;
