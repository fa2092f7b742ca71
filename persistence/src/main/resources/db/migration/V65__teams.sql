-- Teams (issue #13 item 1, ADR 0070): a name, a description, an optional lead and members of the workspace.
-- A member removed from the workspace leaves their teams (team_members cascades) and stops leading one.
CREATE TABLE teams (
    id           uuid PRIMARY KEY,
    workspace_id uuid         NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    name         varchar(200) NOT NULL,
    description  text,
    lead_id      uuid REFERENCES members (id) ON DELETE SET NULL,
    version      bigint       NOT NULL,
    created_at   timestamptz  NOT NULL,
    updated_at   timestamptz  NOT NULL
);
-- the workspace's teams, oldest first, in keyset pages
CREATE INDEX teams_by_workspace ON teams (workspace_id, created_at, id);

-- A team's members in the order they joined (position 1 = first).
CREATE TABLE team_members (
    team_id      uuid    NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
    member_id    uuid    NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    workspace_id uuid    NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    position     integer NOT NULL CHECK (position >= 1),
    PRIMARY KEY (team_id, member_id)
);
-- the teams a member is in (listing by member)
CREATE INDEX team_members_by_member ON team_members (member_id);
