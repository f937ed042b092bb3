-- What a recruiter knows of a candidate beyond name and email; the checks match the request validation.
alter table candidate
    add column phone  text check (length(phone) <= 40 and phone ~ '^[0-9 +().-]+$'),
    add column source text check (length(source) <= 100),
    add column link   text check (length(link) <= 2000 and link ~* '^https?://'),
    add column notes  text check (length(notes) <= 10000);
