-- The cumulative flow reads a workspace's status changes from the start of its range on (ADR 0069):
-- by time, without reading the items' whole histories.
CREATE INDEX work_item_activity_status_by_time ON work_item_activity (workspace_id, occurred_at)
    WHERE field = 'status';
