-- Counts kept by the writes, so that a whole workspace's aggregate and cumulative flow read a few thousand
-- rows instead of every item and its history (ADR 0080, docs/analytics.md). Triggers append signed deltas
-- (no row is ever updated, so two writes never wait on each other or deadlock over a shared count);
-- RollupCompaction folds a workspace's deltas together once they are many. A read sums the rows.

-- Per (project, status) and, for grouping by assignee, per (project, status, assignee): the items, how many
-- have an estimate, and the sum of estimates. by_assignee rows count an item once per assignee (once with
-- a null assignee when it has none), exactly as the live aggregate unnests assignee_ids.
CREATE TABLE work_item_tallies (
    workspace_id uuid        NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    project_id   uuid        NOT NULL,
    status       varchar(50) NOT NULL,
    by_assignee  boolean     NOT NULL,
    assignee     text,
    items        bigint      NOT NULL,
    estimated    bigint      NOT NULL,
    estimate_sum bigint      NOT NULL,
    fresh        boolean     NOT NULL DEFAULT true
);
CREATE INDEX work_item_tallies_ws ON work_item_tallies (workspace_id, by_assignee);
CREATE INDEX work_item_tallies_fresh ON work_item_tallies (workspace_id) WHERE fresh;

-- Per (day, state): the change of the number of items in that state at the day's end (UTC days), so that a
-- running sum gives the cumulative flow. The same terms as the live statement (FlowSql.cumulativeFlow): an
-- item counts in its current state from its creation day; a status change from A to B on a later day t
-- adds A and removes B from the creation day, and removes A and adds B from t.
CREATE TABLE work_item_flow (
    workspace_id uuid        NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    day          date        NOT NULL,
    state        varchar(50) NOT NULL,
    delta        bigint      NOT NULL,
    fresh        boolean     NOT NULL DEFAULT true
);
CREATE INDEX work_item_flow_ws ON work_item_flow (workspace_id, day);
CREATE INDEX work_item_flow_fresh ON work_item_flow (workspace_id) WHERE fresh;

-- The tally rows of one item: the item itself, and one per assignee (one with none when it has none).
CREATE FUNCTION work_item_tally_keys(assignees jsonb)
    RETURNS TABLE (by_assignee boolean, assignee text) LANGUAGE sql IMMUTABLE AS $$
    SELECT false, NULL::text
    UNION ALL SELECT true, a FROM jsonb_array_elements_text(assignees) a
    UNION ALL SELECT true, NULL::text WHERE jsonb_array_length(assignees) = 0
$$;

-- The four terms of one status change of an item created at `created`; none when the change happened on the
-- creation day or before it (they would cancel out), nor for a missing state (a history without `before`).
CREATE FUNCTION work_item_flow_terms(created timestamptz, occurred timestamptz, before jsonb, after jsonb)
    RETURNS TABLE (day date, state text, delta int) LANGUAGE sql IMMUTABLE AS $$
    SELECT x.day, x.state, x.delta
    FROM (VALUES ((created AT TIME ZONE 'UTC')::date, before #>> '{}', 1),
                 ((created AT TIME ZONE 'UTC')::date, after #>> '{}', -1),
                 ((occurred AT TIME ZONE 'UTC')::date, before #>> '{}', -1),
                 ((occurred AT TIME ZONE 'UTC')::date, after #>> '{}', 1)) x(day, state, delta)
    WHERE (occurred AT TIME ZONE 'UTC')::date > (created AT TIME ZONE 'UTC')::date AND x.state IS NOT NULL
$$;

-- Items inserted: their tallies, and the flow's terms of their current state and of their status changes.
CREATE FUNCTION work_item_rollups_on_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO work_item_tallies (workspace_id, project_id, status, by_assignee, assignee, items, estimated, estimate_sum)
    SELECT n.workspace_id, n.project_id, n.status, k.by_assignee, k.assignee, count(*), count(n.estimate_minutes),
           coalesce(sum(n.estimate_minutes), 0)
    FROM new_rows n CROSS JOIN LATERAL work_item_tally_keys(n.assignee_ids) k
    GROUP BY 1, 2, 3, 4, 5;
    -- status changes written before their item (in the same transaction) are counted now, later ones by
    -- work_item_flow_on_change
    INSERT INTO work_item_flow (workspace_id, day, state, delta)
    SELECT workspace_id, day, state, sum(delta) FROM (
        SELECT n.workspace_id, (n.created_at AT TIME ZONE 'UTC')::date AS day, n.status::text AS state, 1 AS delta
        FROM new_rows n
        UNION ALL
        SELECT n.workspace_id, t.day, t.state, t.delta FROM new_rows n
            JOIN work_item_activity a ON a.work_item_id = n.id AND a.field = 'status'
            CROSS JOIN LATERAL work_item_flow_terms(n.created_at, a.occurred_at, a.before, a.after) t) d
    GROUP BY 1, 2, 3 HAVING sum(delta) <> 0;
    RETURN NULL;
END $$;

-- Items deleted: the same terms taken away (their history stays, but the live statements read only items that
-- exist). Only for workspaces that still exist: a workspace's deletion cascades to its items and its counts.
CREATE FUNCTION work_item_rollups_on_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO work_item_tallies (workspace_id, project_id, status, by_assignee, assignee, items, estimated, estimate_sum)
    SELECT o.workspace_id, o.project_id, o.status, k.by_assignee, k.assignee, -count(*), -count(o.estimate_minutes),
           -coalesce(sum(o.estimate_minutes), 0)
    FROM old_rows o CROSS JOIN LATERAL work_item_tally_keys(o.assignee_ids) k
    WHERE EXISTS (SELECT 1 FROM workspaces ws WHERE ws.id = o.workspace_id)
    GROUP BY 1, 2, 3, 4, 5;
    INSERT INTO work_item_flow (workspace_id, day, state, delta)
    SELECT workspace_id, day, state, -sum(delta) FROM (
        SELECT o.workspace_id, (o.created_at AT TIME ZONE 'UTC')::date AS day, o.status::text AS state, 1 AS delta
        FROM old_rows o
        UNION ALL
        SELECT o.workspace_id, t.day, t.state, t.delta FROM old_rows o
            JOIN work_item_activity a ON a.work_item_id = o.id AND a.field = 'status'
            CROSS JOIN LATERAL work_item_flow_terms(o.created_at, a.occurred_at, a.before, a.after) t) d
    WHERE EXISTS (SELECT 1 FROM workspaces ws WHERE ws.id = d.workspace_id)
    GROUP BY 1, 2, 3 HAVING sum(delta) <> 0;
    RETURN NULL;
END $$;

-- Most updates change none of the counted columns: the old and new rows then cancel out and nothing is written.
CREATE FUNCTION work_item_rollups_on_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO work_item_tallies (workspace_id, project_id, status, by_assignee, assignee, items, estimated, estimate_sum)
    SELECT c.workspace_id, c.project_id, c.status, k.by_assignee, k.assignee, sum(c.sign),
           sum(c.sign * (c.estimate_minutes IS NOT NULL)::int), sum(c.sign * coalesce(c.estimate_minutes, 0))
    FROM (SELECT workspace_id, project_id, status, assignee_ids, estimate_minutes, -1 AS sign FROM old_rows
          UNION ALL
          SELECT workspace_id, project_id, status, assignee_ids, estimate_minutes, 1 FROM new_rows) c
         CROSS JOIN LATERAL work_item_tally_keys(c.assignee_ids) k
    GROUP BY 1, 2, 3, 4, 5 HAVING sum(c.sign) <> 0 OR sum(c.sign * coalesce(c.estimate_minutes, 0)) <> 0
        OR sum(c.sign * (c.estimate_minutes IS NOT NULL)::int) <> 0;
    -- the current state's term, and the status changes' terms of items whose creation day moved
    INSERT INTO work_item_flow (workspace_id, day, state, delta)
    SELECT workspace_id, day, state, sum(delta) FROM (
        SELECT o.workspace_id, (o.created_at AT TIME ZONE 'UTC')::date AS day, o.status::text AS state, -1 AS delta
        FROM old_rows o
        UNION ALL
        SELECT n.workspace_id, (n.created_at AT TIME ZONE 'UTC')::date, n.status::text, 1 FROM new_rows n
        UNION ALL
        SELECT o.workspace_id, t.day, t.state, -t.delta FROM old_rows o JOIN new_rows n ON n.id = o.id
            JOIN work_item_activity a ON a.work_item_id = o.id AND a.field = 'status'
            CROSS JOIN LATERAL work_item_flow_terms(o.created_at, a.occurred_at, a.before, a.after) t
        WHERE (o.created_at AT TIME ZONE 'UTC')::date <> (n.created_at AT TIME ZONE 'UTC')::date
        UNION ALL
        SELECT n.workspace_id, t.day, t.state, t.delta FROM old_rows o JOIN new_rows n ON n.id = o.id
            JOIN work_item_activity a ON a.work_item_id = n.id AND a.field = 'status'
            CROSS JOIN LATERAL work_item_flow_terms(n.created_at, a.occurred_at, a.before, a.after) t
        WHERE (o.created_at AT TIME ZONE 'UTC')::date <> (n.created_at AT TIME ZONE 'UTC')::date) d
    GROUP BY 1, 2, 3 HAVING sum(delta) <> 0;
    RETURN NULL;
END $$;

-- A status change written after its item; one written before it is counted by work_item_rollups_on_insert.
CREATE FUNCTION work_item_flow_on_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO work_item_flow (workspace_id, day, state, delta)
    SELECT w.workspace_id, t.day, t.state, sum(t.delta)
    FROM new_rows a JOIN work_items w ON w.id = a.work_item_id
         CROSS JOIN LATERAL work_item_flow_terms(w.created_at, a.occurred_at, a.before, a.after) t
    WHERE a.field = 'status'
    GROUP BY 1, 2, 3 HAVING sum(t.delta) <> 0;
    RETURN NULL;
END $$;

CREATE TRIGGER work_items_rollups_insert AFTER INSERT ON work_items
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION work_item_rollups_on_insert();
CREATE TRIGGER work_items_rollups_delete AFTER DELETE ON work_items
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION work_item_rollups_on_delete();
CREATE TRIGGER work_items_rollups_update AFTER UPDATE ON work_items
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION work_item_rollups_on_update();
CREATE TRIGGER work_item_activity_flow AFTER INSERT ON work_item_activity
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION work_item_flow_on_change();

-- What the workspaces hold today, folded.
INSERT INTO work_item_tallies (workspace_id, project_id, status, by_assignee, assignee, items, estimated, estimate_sum,
                               fresh)
SELECT w.workspace_id, w.project_id, w.status, k.by_assignee, k.assignee, count(*), count(w.estimate_minutes),
       coalesce(sum(w.estimate_minutes), 0), false
FROM work_items w CROSS JOIN LATERAL work_item_tally_keys(w.assignee_ids) k
GROUP BY 1, 2, 3, 4, 5;

INSERT INTO work_item_flow (workspace_id, day, state, delta, fresh)
SELECT workspace_id, day, state, sum(delta), false FROM (
    SELECT w.workspace_id, (w.created_at AT TIME ZONE 'UTC')::date AS day, w.status::text AS state, 1 AS delta
    FROM work_items w
    UNION ALL
    SELECT w.workspace_id, t.day, t.state, t.delta FROM work_items w
        JOIN work_item_activity a ON a.work_item_id = w.id AND a.field = 'status'
        CROSS JOIN LATERAL work_item_flow_terms(w.created_at, a.occurred_at, a.before, a.after) t) d
GROUP BY 1, 2, 3 HAVING sum(delta) <> 0;
