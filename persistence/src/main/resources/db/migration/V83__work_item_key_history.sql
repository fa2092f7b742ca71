-- The keys a work item had before it moved to another project (ADR 0082), so that a link, a commit message or
-- a script holding ENG-42 still finds the item now called OPS-7. A project hands out each number once, so an
-- old key never becomes another item's key. Keyed by project id, not by project key: the row follows the
-- project, and goes with it.
CREATE TABLE work_item_key_history (
    workspace_id uuid        NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    project_id   uuid        NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    number       bigint      NOT NULL,
    work_item_id uuid        NOT NULL REFERENCES work_items (id) ON DELETE CASCADE,
    moved_at     timestamptz NOT NULL,
    PRIMARY KEY (project_id, number)
);
CREATE INDEX work_item_key_history_item ON work_item_key_history (work_item_id);
