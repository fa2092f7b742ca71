-- The team responsible for a work item (issue #13 item 1, ADR 0070), beside its assignees (people).
-- NO ACTION: the application refuses to delete a team that items name (409 TEAM_IN_USE); a workspace's
-- deletion removes its items and teams in one statement.
ALTER TABLE work_items ADD COLUMN team_id uuid REFERENCES teams (id);
-- the items of a team (the list filter team = …, the refusal to delete a team in use)
CREATE INDEX work_items_by_team ON work_items (workspace_id, team_id) WHERE team_id IS NOT NULL;
