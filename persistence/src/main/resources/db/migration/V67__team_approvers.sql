-- A team as approver (issue #13 item 1, ADR 0070): any member of the team decides (policy ANY).
-- No foreign key: a decided approval keeps the id of the team that decided it after the team is gone (history);
-- the application refuses to delete a team that a PENDING approval waits for (409 TEAM_IN_USE).
ALTER TABLE approvals ADD COLUMN approver_team_id uuid;
-- the approvals a team is asked for (the refusal to delete a team in use)
CREATE INDEX approvals_by_team ON approvals (approver_team_id) WHERE approver_team_id IS NOT NULL;
-- exactly one of: named members, a role, a team
ALTER TABLE approvals DROP CONSTRAINT approvals_members_or_role;
ALTER TABLE approvals ADD CONSTRAINT approvals_members_role_or_team CHECK (
    (jsonb_array_length(approver_ids) > 0)::int + (approver_role IS NOT NULL)::int
        + (approver_team_id IS NOT NULL)::int = 1);
