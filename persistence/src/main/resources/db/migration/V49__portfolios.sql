-- Portfolios (programs) of projects (issue #13 item 3, ADR 0054): a name, an owner (a member), the currency
-- its roll-ups are shown in, and an optional parent portfolio (nesting; the application refuses cycles, 409).
-- parent_id has the default NO ACTION: deleting a workspace removes parents and children in one statement,
-- while deleting a portfolio that still has children is refused by the application first.
CREATE TABLE portfolios (
    id           uuid PRIMARY KEY,
    workspace_id uuid          NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    name         varchar(200)  NOT NULL,
    description  text,
    owner_id     uuid REFERENCES members (id) ON DELETE SET NULL,
    currency     char(3)       NOT NULL,
    parent_id    uuid REFERENCES portfolios (id),
    version      bigint        NOT NULL,
    created_at   timestamptz   NOT NULL,
    updated_at   timestamptz   NOT NULL
);
-- the workspace's portfolios, oldest first, in keyset pages
CREATE INDEX portfolios_by_workspace ON portfolios (workspace_id, created_at, id);
-- children of a portfolio (listing, nesting walks, the refusal to delete a parent)
CREATE INDEX portfolios_by_parent ON portfolios (parent_id, created_at, id) WHERE parent_id IS NOT NULL;

-- A portfolio's projects ranked by priority (1 = first); a project may be in several portfolios.
CREATE TABLE portfolio_projects (
    portfolio_id uuid    NOT NULL REFERENCES portfolios (id) ON DELETE CASCADE,
    project_id   uuid    NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    workspace_id uuid    NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    rank         integer NOT NULL CHECK (rank >= 1),
    PRIMARY KEY (portfolio_id, project_id),
    UNIQUE (portfolio_id, rank) DEFERRABLE INITIALLY DEFERRED
);
-- the portfolios a project is in (Project.portfolios)
CREATE INDEX portfolio_projects_by_project ON portfolio_projects (project_id);

-- A project's expected benefits (its business case), weighed against its forecast cost in roll-ups.
-- One per project: the row's id is the project's.
CREATE TABLE project_benefits (
    id           uuid PRIMARY KEY REFERENCES projects (id) ON DELETE CASCADE,
    workspace_id uuid           NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    amount       numeric(19, 4) NOT NULL CHECK (amount >= 0),
    currency     char(3)        NOT NULL,
    note         varchar(2000),
    version      bigint         NOT NULL,
    created_at   timestamptz    NOT NULL,
    updated_at   timestamptz    NOT NULL
);
