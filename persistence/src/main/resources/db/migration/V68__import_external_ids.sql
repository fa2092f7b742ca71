-- Imports (issue #15 item 3, ADR 0071): each imported work item keeps the id it had in the system it came from,
-- per source ("jira", "trello", "file" or a name the importer chose), unique in the workspace. Importing the
-- same file again finds the items by it and updates them instead of creating duplicates. Deleting the item
-- forgets its external id (a later import creates it again).
CREATE TABLE work_item_external_ids (
    workspace_id uuid         NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    source       varchar(40)  NOT NULL,
    external_id  varchar(200) NOT NULL,
    work_item_id uuid         NOT NULL REFERENCES work_items (id) ON DELETE CASCADE,
    created_at   timestamptz  NOT NULL,
    PRIMARY KEY (workspace_id, source, external_id)
);
CREATE INDEX work_item_external_ids_item ON work_item_external_ids (work_item_id);
