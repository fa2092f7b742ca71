-- A deleted work item keeps its project (issue #13 item 2, ADR 0085): its comments' events, its activity and the
-- events that name it (workItemId, a dependency's ends) are still a private project's after the item row is gone,
-- and are hidden from non-members as the item was. Filled by a trigger, so every way of deleting an item (one,
-- bulk) leaves its tombstone; an item deleted with its project leaves none (nothing of the project remains to see,
-- the guard also keeps the insert off a project being deleted in the same statement).
CREATE TABLE deleted_work_items (
    id           uuid PRIMARY KEY,
    workspace_id uuid        NOT NULL,
    project_id   uuid        NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    deleted_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX deleted_work_items_by_project ON deleted_work_items (project_id);

CREATE FUNCTION remember_deleted_work_item() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO deleted_work_items (id, workspace_id, project_id)
    SELECT OLD.id, OLD.workspace_id, OLD.project_id
    WHERE EXISTS (SELECT 1 FROM projects p WHERE p.id = OLD.project_id)
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
