-- Competencies are a fixed vocabulary, taken from the employer guide's "What Top Django Developers Should Know",
-- plus one for core framework knowledge. Not tenant data: every organisation scores against the same set.
create table competency (
    code        text primary key,
    name        text not null,
    description text not null,
    position    int  not null unique
);

insert into competency (code, name, description, position) values
('CORE_FRAMEWORK',   'Core framework knowledge', 'MVT architecture, the request-response cycle, middleware, signals and the framework''s moving parts.', 1),
('MODERN_DJANGO',    'Modern Django features',   'Async views and middleware, database-computed fields, template-based form rendering, admin customisation.', 2),
('ORM',              'ORM mastery',              'Query optimisation, transactions, select_related/prefetch_related, custom managers, knowing when to use raw SQL.', 3),
('SECURITY',         'Security expertise',       'OWASP Top 10, Django security features, authentication systems, API security, data protection.', 4),
('API_DEVELOPMENT',  'API development',          'Django REST Framework or Django Ninja, API design patterns, versioning strategies, documentation.', 5),
('TESTING',          'Testing proficiency',      'Unit, integration and end-to-end testing, mocking strategies, coverage analysis.', 6),
('PERFORMANCE',      'Performance optimisation', 'Database indexing, caching strategies, query optimisation, profiling tools, async processing.', 7),
('DEVOPS',           'DevOps knowledge',         'Deployment, CI/CD pipelines, migrations across environments, monitoring, cloud platforms.', 8),
('PYTHON_ECOSYSTEM', 'Python ecosystem',         'Type hints, modern Python, project structure, configuration, virtual environments, dependency management.', 9);

-- The red-flag catalogue: built-in flags belong to the BUILTIN organisation, an organisation adds its own.
create table red_flag (
    org_id      uuid        not null references organisation (id),
    id          uuid        not null default gen_random_uuid(),
    title       text        not null check (length(btrim(title)) between 1 and 200),
    severity    text        not null check (severity in ('CRITICAL', 'MAJOR', 'MINOR')),
    -- what the interviewer observes when the flag applies
    description text        not null check (length(btrim(description)) between 1 and 2000),
    created_at  timestamptz not null default now(),
    primary key (org_id, id)
);
create unique index red_flag_title on red_flag (org_id, lower(title));

-- A question is an identity; its content lives in immutable versions that kits pin.
create table question (
    org_id         uuid        not null references organisation (id),
    id             uuid        not null default gen_random_uuid(),
    code           text        not null check (length(btrim(code)) between 1 and 40),
    latest_version int         not null default 1 check (latest_version >= 1),
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now(),
    primary key (org_id, id),
    unique (org_id, code)
);

create table question_version (
    org_id      uuid        not null,
    id          uuid        not null default gen_random_uuid(),
    question_id uuid        not null,
    version     int         not null check (version >= 1),
    section     text        not null check (length(btrim(section)) between 1 and 200),
    competency  text        not null references competency (code),
    text        text        not null check (length(btrim(text)) between 1 and 2000),
    -- [{"level": 1..4, "label": "...", "description": "..."}], exactly one entry per level, ordered 1 to 4
    rubric      jsonb       not null check (jsonb_typeof(rubric) = 'array' and jsonb_array_length(rubric) = 4),
    -- ["..."]: what a strong answer covers; interviewers tick them by position, which is stable because versions never change
    key_points  jsonb       not null check (jsonb_typeof(key_points) = 'array' and jsonb_array_length(key_points) >= 1),
    -- ["..."]: follow-up probes, 1 to 3
    probes      jsonb       not null check (jsonb_typeof(probes) = 'array' and jsonb_array_length(probes) between 1 and 3),
    -- ["..."]: what a worrying answer to this question sounds like
    red_flags   jsonb       not null check (jsonb_typeof(red_flags) = 'array'),
    created_by  uuid,
    created_at  timestamptz not null default now(),
    primary key (org_id, id),
    unique (org_id, question_id, version),
    foreign key (org_id, question_id) references question (org_id, id)
);
create index question_version_search on question_version using gin (to_tsvector('english', text));
