-- Calendar feeds (issue #15 item 5, ADR 0075): a secret iCalendar URL of one owner (the member, or the API key,
-- that made it), showing its owner's assigned items or one project's. Only the SHA-256 of the token is kept,
-- as for API keys; a revoked feed is deleted (its creation and revocation stay in the events and audit trail).
CREATE TABLE calendar_feeds (
    id           uuid PRIMARY KEY,
    workspace_id uuid         NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    owner_kind   varchar(16)  NOT NULL,
    owner_id     varchar(64)  NOT NULL,
    owner_name   varchar(200),
    scope        varchar(16)  NOT NULL,
    project_id   uuid REFERENCES projects (id) ON DELETE CASCADE,
    token_hash   char(64)     NOT NULL UNIQUE,
    token_prefix varchar(20)  NOT NULL,
    created_at   timestamptz  NOT NULL,
    CHECK ((scope = 'PROJECT') = (project_id IS NOT NULL))
);
-- an owner's feeds, oldest first, in keyset pages
CREATE INDEX calendar_feeds_owner ON calendar_feeds (workspace_id, owner_kind, owner_id, created_at, id);
-- a project's items by due date (a project feed)
CREATE INDEX work_items_project_due ON work_items (project_id, due_date) WHERE due_date IS NOT NULL;
-- a workspace's milestones (every member feed shows them)
CREATE INDEX work_items_milestones ON work_items (workspace_id) WHERE type = 'MILESTONE';
