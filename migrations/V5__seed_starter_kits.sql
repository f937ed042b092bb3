-- Three starter kits built from the built-in bank, published by the BUILTIN organisation for every organisation to clone.
-- Ids are fixed so that documentation and clients can name them.

insert into kit (org_id, id, latest_version) values
('00000000-0000-0000-0000-000000000000', '00000000-0000-0000-0004-000000000001', 1),
('00000000-0000-0000-0000-000000000000', '00000000-0000-0000-0004-000000000002', 1),
('00000000-0000-0000-0000-000000000000', '00000000-0000-0000-0004-000000000003', 1);

insert into kit_version (org_id, id, kit_id, version, status, name, description, role, level, min_overall,
                         disagreement_spread, published_at) values
('00000000-0000-0000-0000-000000000000', '00000000-0000-0000-0005-000000000001', '00000000-0000-0000-0004-000000000001', 1,
 'PUBLISHED', $$Phone screen (30 minutes)$$,
 $$A first filter before investing a panel's time. Five questions from the fundamentals a working Django developer cannot do without: the MVT architecture (Q1), the ORM and its trade-offs (Q2), query optimisation (Q7), built-in security (Q10) and testing (Q13). ORM ignorance, security negligence and a missing testing culture are the guide's costliest red flags, so the screen watches for exactly those; security negligence is a knockout.$$,
 $$Django developer$$, $$Any$$, 2.50, 2, now()),
('00000000-0000-0000-0000-000000000000', '00000000-0000-0000-0005-000000000002', '00000000-0000-0000-0004-000000000002', 1,
 'PUBLISHED', $$Full technical loop$$,
 $$One question from each of the guide's eight competencies plus core framework knowledge, sized for a 90-minute loop split across interviewers: request-response cycle (Q3), async views (Q19), query optimisation (Q7) and transactions (Q18), security (Q10), API design (Q16), testing (Q13), a slow-page scenario (Q14), migrations in a team (Q12) and project structure (Q20). ORM and security carry the most weight and have minimums, because they decide whether code is fast and safe in production.$$,
 $$Django developer$$, $$Mid-level$$, 2.75, 2, now()),
('00000000-0000-0000-0000-000000000000', '00000000-0000-0000-0005-000000000003', '00000000-0000-0000-0004-000000000003', 1,
 'PUBLISHED', $$Senior architecture interview (60 minutes)$$,
 $$For senior and lead candidates: the guide's architecture and design questions, where the answer shows judgement rather than recall. Multi-tenant design (Q15) and structuring a large project (Q20) carry double weight; signals versus services (Q5), background processing (Q9), transactions and locking (Q18) and API versioning (Q17) probe trade-offs. Anti-patterns and poor communication matter most at this level; anti-patterns and security negligence are knockouts.$$,
 $$Django developer$$, $$Senior$$, 3.00, 2, now());

insert into kit_item (org_id, kit_version_id, position, question_org_id, question_id, question_version_id, weight,
                      time_box_minutes, required)
select '00000000-0000-0000-0000-000000000000', ('00000000-0000-0000-0005-00000000000' || kit)::uuid, position,
       '00000000-0000-0000-0000-000000000000',
       ('00000000-0000-0000-0001-0000000000' || lpad(q::text, 2, '0'))::uuid,
       ('00000000-0000-0000-0002-0000000000' || lpad(q::text, 2, '0'))::uuid,
       weight, minutes, true
  from (values
        (1, 1, 1, 1.0, 5), (1, 2, 2, 1.0, 5), (1, 3, 7, 1.5, 7), (1, 4, 10, 1.5, 7), (1, 5, 13, 1.0, 6),
        (2, 1, 3, 1.0, 8), (2, 2, 19, 1.0, 8), (2, 3, 7, 1.5, 10), (2, 4, 18, 1.5, 9), (2, 5, 10, 1.5, 10),
        (2, 6, 16, 1.0, 9), (2, 7, 13, 1.0, 9), (2, 8, 14, 1.0, 10), (2, 9, 12, 1.0, 8), (2, 10, 20, 1.0, 9),
        (3, 1, 15, 2.0, 15), (3, 2, 20, 2.0, 12), (3, 3, 5, 1.0, 8), (3, 4, 9, 1.0, 9), (3, 5, 18, 1.0, 9), (3, 6, 17, 1.0, 7)
       ) as items(kit, position, q, weight, minutes);

insert into kit_red_flag (org_id, kit_version_id, position, red_flag_org_id, red_flag_id, knockout)
select '00000000-0000-0000-0000-000000000000', ('00000000-0000-0000-0005-00000000000' || kit)::uuid, position,
       '00000000-0000-0000-0000-000000000000', ('00000000-0000-0000-0003-00000000000' || flag)::uuid, knockout
  from (values
        (1, 1, 2, true), (1, 2, 1, false), (1, 3, 3, false), (1, 4, 6, false),
        (2, 1, 2, true), (2, 2, 1, false), (2, 3, 3, false), (2, 4, 4, false), (2, 5, 5, false), (2, 6, 6, false),
        (3, 1, 5, true), (3, 2, 2, true), (3, 3, 6, false), (3, 4, 4, false)
       ) as flags(kit, position, flag, knockout);

insert into kit_competency_minimum (org_id, kit_version_id, competency, minimum) values
('00000000-0000-0000-0000-000000000000', '00000000-0000-0000-0005-000000000002', 'ORM', 2.50),
('00000000-0000-0000-0000-000000000000', '00000000-0000-0000-0005-000000000002', 'SECURITY', 2.50);
