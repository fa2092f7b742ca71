-- Project planning (issue #12, ADR 0027): dependencies between work items and plain links. Both may
-- cross projects of a workspace. A pair is ordered at most once (either way round would be a cycle,
-- which the application refuses under a per-workspace advisory lock). Deleting an item deletes its
-- dependencies and links.
CREATE TABLE work_item_dependencies (
    id             uuid PRIMARY KEY,
    workspace_id   uuid        NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    predecessor_id uuid        NOT NULL REFERENCES work_items (id) ON DELETE CASCADE,
    successor_id   uuid        NOT NULL REFERENCES work_items (id) ON DELETE CASCADE,
    type           varchar(2)  NOT NULL CHECK (type IN ('FS', 'SS', 'FF', 'SF')),
    lag_days       integer     NOT NULL CHECK (lag_days BETWEEN -3650 AND 3650),
    version        bigint      NOT NULL,
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL,
    CONSTRAINT work_item_dependencies_pair UNIQUE (predecessor_id, successor_id),
    CHECK (predecessor_id <> successor_id)
);
CREATE INDEX work_item_dependencies_successor ON work_item_dependencies (successor_id, created_at, id);
CREATE INDEX work_item_dependencies_predecessor ON work_item_dependencies (predecessor_id, created_at, id);

CREATE TABLE work_item_links (
    id           uuid PRIMARY KEY,
    workspace_id uuid        NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    source_id    uuid        NOT NULL REFERENCES work_items (id) ON DELETE CASCADE,
    target_id    uuid        NOT NULL REFERENCES work_items (id) ON DELETE CASCADE,
    type         varchar(16) NOT NULL CHECK (type IN ('RELATES_TO', 'DUPLICATES')),
    version      bigint      NOT NULL,
    created_at   timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL,
    CHECK (source_id <> target_id)
);
-- RELATES_TO reads both ways, so A–B and B–A are the same link; DUPLICATES has a direction
CREATE UNIQUE INDEX work_item_links_pair ON work_item_links (
    (CASE WHEN type = 'RELATES_TO' THEN least(source_id, target_id) ELSE source_id END),
    (CASE WHEN type = 'RELATES_TO' THEN greatest(source_id, target_id) ELSE target_id END), type);
CREATE INDEX work_item_links_source ON work_item_links (source_id, created_at, id);
CREATE INDEX work_item_links_target ON work_item_links (target_id, created_at, id);
