-- Project membership and private projects (issue #13 item 2, ADR 0084).
-- WORKSPACE: every member of the workspace sees the project (as before); PRIVATE: only its members (directly or
-- through a team), the workspace's OWNERs and ADMINs.
ALTER TABLE projects ADD COLUMN visibility varchar(16) NOT NULL DEFAULT 'WORKSPACE'
    CHECK (visibility IN ('WORKSPACE', 'PRIVATE'));
-- the private projects of a workspace (the set a caller may not see is computed from them)
CREATE INDEX projects_private ON projects (workspace_id) WHERE visibility = 'PRIVATE';

-- A membership names a member or a team (exactly one), once per project. Removing the member or the team from
-- the workspace removes the membership; deleting the project removes its memberships.
CREATE TABLE project_members (
    id           uuid PRIMARY KEY,
    workspace_id uuid        NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    project_id   uuid        NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    member_id    uuid REFERENCES members (id) ON DELETE CASCADE,
    team_id      uuid REFERENCES teams (id) ON DELETE CASCADE,
    project_role varchar(16) NOT NULL CHECK (project_role IN ('MANAGER', 'CONTRIBUTOR', 'STAKEHOLDER')),
    version      bigint      NOT NULL,
    created_at   timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL,
    CHECK ((member_id IS NULL) <> (team_id IS NULL))
);
-- one membership per member / team and project; also the project's memberships in order
CREATE UNIQUE INDEX project_members_member ON project_members (project_id, member_id) WHERE member_id IS NOT NULL;
CREATE UNIQUE INDEX project_members_team ON project_members (project_id, team_id) WHERE team_id IS NOT NULL;
CREATE INDEX project_members_by_project ON project_members (project_id, created_at, id);
-- a caller's projects: by member, and by team
CREATE INDEX project_members_by_member ON project_members (member_id) WHERE member_id IS NOT NULL;
CREATE INDEX project_members_by_team ON project_members (team_id) WHERE team_id IS NOT NULL;
