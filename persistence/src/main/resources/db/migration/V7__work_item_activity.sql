-- The activity history of work items: one row per changed field, with the actor (ADR 0019).
-- work_item_id has no foreign key on purpose: the history outlives a deleted item (its last entry,
-- field 'deleted', keeps what the item was) and goes only with its workspace.
CREATE TABLE work_item_activity (
    id           uuid PRIMARY KEY,
    workspace_id uuid         NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    work_item_id uuid         NOT NULL,
    occurred_at  timestamptz  NOT NULL,
    actor_kind   varchar(16)  NOT NULL,
    actor_id     varchar(64)  NOT NULL,
    actor_name   varchar(200),
    field        varchar(100) NOT NULL,
    before       jsonb,
    after        jsonb
);
-- an item's history, oldest first, in keyset pages (and the workspace's cascade)
CREATE INDEX work_item_activity_page ON work_item_activity (workspace_id, work_item_id, occurred_at, id);
-- status changes: time in each state, and the start of an item's cycle
CREATE INDEX work_item_activity_status ON work_item_activity (work_item_id, occurred_at, id)
    WHERE field = 'status';
