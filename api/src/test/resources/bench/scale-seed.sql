-- The scale workspace of issue #14 item 7 (docs/benchmarks.md, "Finding work at scale"): set-based, so a
-- million work items take minutes, not hours. It fills a workspace that already has its projects and the
-- custom fields `points` (NUMBER) and `severity` (SELECT S1..S4), made through the API so that they are
-- real, and that follows the default workflow (todo, in_progress, done, cancelled).
-- Parameters, as settings of the session:
--   SET seed.workspace = '<workspace id>'; SET seed.items = '1000000';
-- then run this file (psql -f, or statement by statement; no statement contains a semicolon inside).
-- Distributions (deterministic, from the item's number n, so two runs seed the same data):
--   projects: n spread evenly; types: 70% TASK, 20% BUG, 8% STORY, 2% EPIC; priorities: all five;
--   states: 55% done, 5% cancelled, 15% in_progress, 25% todo; created over the last two years;
--   assignees: 85% have one of 200 members, skewed so that a few carry much more; 30 labels, 0 to 3 each;
--   due dates on 70%, start dates on 40%; estimates on 60%; descriptions on 40%; titles of one of 60
--   common words (each in about 5% of titles) and two of a long tail of 3,025 made-up words (each in about
--   0.07%), as real text has a few frequent words and many rare ones; comments on half the items; a status
--   history for every item that moved.

CREATE TEMP TABLE seed_words AS
SELECT row_number() OVER () - 1 AS i, w FROM unnest(string_to_array(
    'invoice payment login checkout search export import report dashboard billing customer account'
    || ' password email mobile android ios browser cache database index query timeout latency memory'
    || ' upload download permission role audit webhook calendar reminder approval budget forecast'
    || ' migration backup restore deploy release rollback onboarding offboarding laptop contract vendor'
    || ' renewal training survey feedback translation accessibility printer network vpn firewall'
    || ' certificate license sprint', ' ')) w;

-- 55 syllables, so 55 × 55 = 3,025 words, and 60 common words above: the items pick theirs modulo 3,025 and 60,
-- so a missing word drops the item (until 2026-12-07, with 52 syllables and 59 words, "a million" seeded
-- 773,370 items; the benchmark now checks the count)
CREATE TEMP TABLE seed_rare AS
SELECT row_number() OVER () - 1 AS i, a || b AS w
FROM unnest(string_to_array('ka lo mi be ru sa te no vi da pe go lu ze fi ha jo ki ma ne po qu ri so tu va wo xe yi zu'
    || ' ba ce di fo gu he ji ko la me ni op pu ra se ti um ve wa xo ya zo bu ci du', ' ')) a,
     unnest(string_to_array('ka lo mi be ru sa te no vi da pe go lu ze fi ha jo ki ma ne po qu ri so tu va wo xe yi zu'
    || ' ba ce di fo gu he ji ko la me ni op pu ra se ti um ve wa xo ya zo bu ci du', ' ')) b;

INSERT INTO members (id, workspace_id, email, display_name, role, version, created_at, updated_at)
SELECT gen_random_uuid(), current_setting('seed.workspace')::uuid, 'person' || n || '@scale.example',
       'Person ' || n, 'MEMBER', 0, now() - interval '2 years', now()
FROM generate_series(1, 200) n;

CREATE TEMP TABLE seed_projects AS
SELECT (row_number() OVER (ORDER BY created_at, id) - 1)::int AS i, id
FROM projects WHERE workspace_id = current_setting('seed.workspace')::uuid;

CREATE TEMP TABLE seed_members AS
SELECT (row_number() OVER (ORDER BY length(email), email) - 1)::int AS i, id, display_name
FROM members WHERE workspace_id = current_setting('seed.workspace')::uuid AND email LIKE '%@scale.example';

CREATE TEMP TABLE seed_items AS
SELECT n, p.id AS project_id, n / c.projects + 1 AS number,
       CASE WHEN (hashint4(n) & 2147483647) % 100 < 55 THEN 'done' WHEN (hashint4(n) & 2147483647) % 100 < 60 THEN 'cancelled'
            WHEN (hashint4(n) & 2147483647) % 100 < 75 THEN 'in_progress' ELSE 'todo' END AS status,
       (hashint4(n + 1000000000) & 2147483647) AS h1, (hashint4(n + 2000000000) & 2147483647) AS h2, (hashint4(-n - 1) & 2147483647) AS h3,
       date_trunc('second', now()) - ((n::bigint * 7919) % 730) * interval '1 day' - (n % 86400) * interval '1 second'
           AS created_at
FROM generate_series(0, current_setting('seed.items')::int - 1) n
         CROSS JOIN (SELECT count(*)::int AS projects FROM seed_projects) c
         JOIN seed_projects p ON p.i = n % c.projects;

INSERT INTO work_items (id, workspace_id, project_id, number, type, title, description, status, priority,
                        assignee_ids, reporter_id, start_date, due_date, estimate_minutes, labels, custom_fields,
                        version, created_at, updated_at, completed_at)
SELECT gen_random_uuid(), current_setting('seed.workspace')::uuid, s.project_id, s.number,
       CASE WHEN n % 50 < 35 THEN 'TASK' WHEN n % 50 < 45 THEN 'BUG' WHEN n % 50 < 49 THEN 'STORY' ELSE 'EPIC' END,
       initcap(w1.w) || ' ' || w2.w || ' ' || w3.w || ' #' || n,
       CASE WHEN n % 10 < 4 THEN 'The ' || w2.w || ' ' || w4.w || ' fails when the ' || w1.w
           || ' is used from the ' || w3.w || ' page; see the ' || w4.w || ' logs.' END,
       s.status,
       (ARRAY ['NONE', 'LOW', 'MEDIUM', 'HIGH', 'URGENT'])[1 + (n * 13) % 5],
       CASE WHEN n % 100 < 85 THEN jsonb_build_array(m.id) ELSE '[]'::jsonb END,
       r.id,
       CASE WHEN n % 10 < 4 THEN s.created_at::date + (n % 5) END,
       CASE WHEN n % 10 < 7 THEN s.created_at::date + 7 + (n % 60) END,
       CASE WHEN n % 10 < 6 THEN 60 * (1 + n % 16) END,
       (SELECT coalesce(jsonb_agg(DISTINCT l), '[]'::jsonb) FROM (VALUES
           (CASE WHEN s.h1 % 3 > 0 THEN 'label-' || s.h1 / 3 % 30 END),
           (CASE WHEN s.h2 % 5 > 2 THEN 'label-' || s.h2 / 5 % 30 END),
           (CASE WHEN s.h3 % 7 > 5 THEN 'label-' || s.h3 / 7 % 30 END)) labels(l) WHERE l IS NOT NULL),
       jsonb_build_object('points', n % 13, 'severity', (ARRAY ['S1', 'S2', 'S3', 'S4'])[1 + n % 4]),
       CASE WHEN s.status = 'todo' THEN 0 WHEN s.status = 'in_progress' THEN 1 ELSE 2 END,
       s.created_at,
       CASE WHEN s.status IN ('done', 'cancelled') THEN least(now(), s.created_at + (1 + n % 30) * interval '1 day')
            WHEN s.status = 'in_progress' THEN least(now(), s.created_at + interval '1 day') ELSE s.created_at END,
       CASE WHEN s.status IN ('done', 'cancelled') THEN least(now(), s.created_at + (1 + n % 30) * interval '1 day') END
FROM seed_items s
         JOIN seed_words w1 ON w1.i = s.n % 60
         JOIN seed_rare w2 ON w2.i = s.h3 % 3025
         JOIN seed_rare w3 ON w3.i = s.h2 / 200 % 3025
         JOIN seed_words w4 ON w4.i = (s.n * 7) % 60
         JOIN seed_members m ON m.i = (s.h1 / 90 % 200) * (s.h2 / 50 % 200) / 200
         JOIN seed_members r ON r.i = (s.n * 11) % 200;

UPDATE projects p SET last_item_number = x.last
FROM (SELECT project_id, max(number) AS last FROM work_items
      WHERE workspace_id = current_setting('seed.workspace')::uuid GROUP BY project_id) x
WHERE p.id = x.project_id;

-- the status history: todo -> in_progress a day after creation, then -> done or cancelled when completed
INSERT INTO work_item_activity (id, workspace_id, work_item_id, occurred_at, actor_kind, actor_id, actor_name,
                                field, before, after)
SELECT gen_random_uuid(), w.workspace_id, w.id, least(now(), w.created_at + interval '1 day'), 'SYSTEM', 'seed',
       'seed', 'status', '"todo"', '"in_progress"'
FROM work_items w WHERE w.workspace_id = current_setting('seed.workspace')::uuid AND w.status <> 'todo';

INSERT INTO work_item_activity (id, workspace_id, work_item_id, occurred_at, actor_kind, actor_id, actor_name,
                                field, before, after)
SELECT gen_random_uuid(), w.workspace_id, w.id, w.completed_at, 'SYSTEM', 'seed', 'seed', 'status',
       '"in_progress"', to_jsonb(w.status)
FROM work_items w WHERE w.workspace_id = current_setting('seed.workspace')::uuid AND w.completed_at IS NOT NULL;

INSERT INTO comments (id, workspace_id, work_item_id, body, author_kind, author_id, author_name, version,
                      created_at, updated_at)
SELECT gen_random_uuid(), w.workspace_id, w.id,
       'Checked the ' || split_part(w.title, ' ', 2) || ' again: it looks like the ' || split_part(w.title, ' ', 3)
           || ' is involved.', 'MEMBER', m.id::text, m.display_name, 0, w.created_at + interval '2 hours',
       w.created_at + interval '2 hours'
FROM work_items w JOIN seed_members m ON m.i = w.number % 200
WHERE w.workspace_id = current_setting('seed.workspace')::uuid AND w.number % 2 = 0;

ANALYZE;
