-- Lists sorted by due date (the commonest order of work lists) read the page in index order and stop after
-- it, instead of sorting every item the filter keeps (issue #14 item 7, docs/benchmarks.md "Finding work at
-- scale"). Empty values come last in either direction (ADR 0052), so each direction has its own index.
CREATE INDEX work_items_ws_due_asc ON work_items (workspace_id, due_date ASC NULLS LAST, id ASC);
CREATE INDEX work_items_ws_due_desc ON work_items (workspace_id, due_date DESC NULLS LAST, id DESC);
