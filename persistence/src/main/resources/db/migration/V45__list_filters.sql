-- One filter language on lists (issue #14, ADR 0050): filter expressions compile to SQL over
-- work_items; these are what that SQL needs beyond the indexes lists already had.

-- "text ~ ..." and "title ~ ..." are ILIKE '%...%': trigram indexes answer them (pg_trgm is a trusted
-- extension: the database owner may create it).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX work_items_title_trgm ON work_items USING gin (title gin_trgm_ops);
CREATE INDEX work_items_description_trgm ON work_items USING gin (description gin_trgm_ops);

-- conditions on the remaining scalar fields of a workspace's items
CREATE INDEX work_items_ws_priority ON work_items (workspace_id, priority);
CREATE INDEX work_items_ws_type ON work_items (workspace_id, type);
CREATE INDEX work_items_ws_start ON work_items (workspace_id, start_date) WHERE start_date IS NOT NULL;
CREATE INDEX work_items_ws_completed ON work_items (workspace_id, completed_at) WHERE completed_at IS NOT NULL;
CREATE INDEX work_items_reporter ON work_items (reporter_id) WHERE reporter_id IS NOT NULL;
-- "assignee = \"ada@example.com\"" finds the member by email, whatever its case
CREATE INDEX members_email_lower ON members (workspace_id, lower(email));

-- statusCategory: the category of the item's state in the workflow that governs it: the project's
-- override for the item's type, else the project's workflow, else the workspace default. The same
-- choice as WorkflowAssignment.workflowFor; NULL for a state the workflow does not know.
CREATE FUNCTION work_item_state_category(p_project uuid, p_type text, p_status text) RETURNS text
    LANGUAGE sql STABLE PARALLEL SAFE AS
$$
SELECT s ->> 'category'
FROM projects p
         JOIN workflows wf ON wf.id = COALESCE((p.workflow_overrides ->> p_type)::uuid, p.workflow_id,
                                               (SELECT d.id FROM workflows d
                                                WHERE d.workspace_id = p.workspace_id AND d.is_workspace_default))
         CROSS JOIN LATERAL jsonb_array_elements(wf.definition -> 'states') s
WHERE p.id = p_project AND s ->> 'key' = p_status
LIMIT 1
$$;
