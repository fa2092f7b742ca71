-- The change feed keeps events for a retention period. What the purge removed is remembered per
-- workspace, so that a consumer asking for events it can no longer get is told so (410), never
-- handed a silent gap.
ALTER TABLE workspaces ADD COLUMN events_purged_through bigint NOT NULL DEFAULT 0;
CREATE INDEX events_by_time ON events (occurred_at);
