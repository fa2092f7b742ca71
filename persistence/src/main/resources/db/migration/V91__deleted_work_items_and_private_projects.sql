-- Deleted work items and PRIVATE projects leave tombstones (issue #13 item 2, ADR 0085). A deleted work item keeps
-- its project: its comments' events, its activity and the events that name it (workItemId, a dependency's ends)
-- are still its project's after the item row is gone, and hidden from non-members as the item was. Filled by a
-- trigger, so every way of deleting an item (one, bulk, with its project) leaves its tombstone; an item deleted
-- with its workspace leaves none (the guard keeps the insert off a workspace being deleted in the same statement).
CREATE TABLE deleted_work_items (
    id           uuid PRIMARY KEY,
    workspace_id uuid        NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    project_id   uuid        NOT NULL,
    deleted_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX deleted_work_items_by_project ON deleted_work_items (project_id);

CREATE FUNCTION remember_deleted_work_item() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO deleted_work_items (id, workspace_id, project_id)
    SELECT OLD.id, OLD.workspace_id, OLD.project_id
    WHERE EXISTS (SELECT 1 FROM workspaces w WHERE w.id = OLD.workspace_id)
    ON CONFLICT (id) DO UPDATE SET project_id = EXCLUDED.project_id, deleted_at = EXCLUDED.deleted_at;
    RETURN OLD;
END
$$;
CREATE TRIGGER work_items_remember_deleted AFTER DELETE ON work_items
    FOR EACH ROW EXECUTE FUNCTION remember_deleted_work_item();

-- items deleted before: their project from the key their last activity entry kept (PRJ-12 → PRJ)
INSERT INTO deleted_work_items (id, workspace_id, project_id, deleted_at)
SELECT DISTINCT ON (a.work_item_id) a.work_item_id, a.workspace_id, p.id, a.occurred_at
FROM work_item_activity a
JOIN projects p ON p.workspace_id = a.workspace_id AND p.key = substring(a.before ->> 'key' FROM '^(.*)-[0-9]+$')
WHERE a.field = 'deleted' AND NOT EXISTS (SELECT 1 FROM work_items w WHERE w.id = a.work_item_id)
ORDER BY a.work_item_id, a.occurred_at DESC
ON CONFLICT (id) DO NOTHING;

-- A project deleted while PRIVATE (ADR 0085): its past events (project.deleted among them) stay hidden from
-- non-members in the change feed, live subscriptions and webhook deliveries, though its row and memberships are
-- gone. Written by a trigger; a project deleted with its workspace leaves none.
CREATE TABLE deleted_private_projects (
    id           uuid PRIMARY KEY,
    workspace_id uuid        NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    deleted_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX deleted_private_projects_by_workspace ON deleted_private_projects (workspace_id);

CREATE FUNCTION remember_deleted_private_project() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO deleted_private_projects (id, workspace_id)
    SELECT OLD.id, OLD.workspace_id
    WHERE OLD.visibility = 'PRIVATE' AND EXISTS (SELECT 1 FROM workspaces w WHERE w.id = OLD.workspace_id)
    ON CONFLICT (id) DO NOTHING;
    RETURN OLD;
END
$$;
CREATE TRIGGER projects_remember_deleted_private AFTER DELETE ON projects
    FOR EACH ROW EXECUTE FUNCTION remember_deleted_private_project();
