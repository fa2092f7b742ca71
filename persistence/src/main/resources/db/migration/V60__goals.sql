-- Goals and key results (issue #13 item 4, ADR 0066, docs/goals.md): a goal has a title, an owner (a member),
-- a period (start and end dates: a quarter is written as its dates), an optional parent goal (nesting, the
-- application refuses cycles and more than 5 levels, 409) and a status people set. Progress is computed on read.
-- parent_id has the default NO ACTION: deleting a workspace removes parents and children in one statement,
-- while deleting a goal that still has children is refused by the application first.
CREATE TABLE goals (
    id           uuid PRIMARY KEY,
    workspace_id uuid          NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    title        varchar(200)  NOT NULL,
    description  text,
    owner_id     uuid REFERENCES members (id) ON DELETE SET NULL,
    period_start date          NOT NULL,
    period_end   date          NOT NULL CHECK (period_end >= period_start),
    parent_id    uuid REFERENCES goals (id),
    status       varchar(16)   NOT NULL,
    version      bigint        NOT NULL,
    created_at   timestamptz   NOT NULL,
    updated_at   timestamptz   NOT NULL
);
-- the workspace's goals, oldest first, in keyset pages
CREATE INDEX goals_by_workspace ON goals (workspace_id, created_at, id);
-- children of a goal (listing, the roll-up's walk down, the refusal to delete a parent)
CREATE INDEX goals_by_parent ON goals (parent_id, created_at, id) WHERE parent_id IS NOT NULL;

-- The projects and portfolios a goal is served by; the links are part of the goal (its version).
CREATE TABLE goal_projects (
    goal_id      uuid    NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
    project_id   uuid    NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    workspace_id uuid    NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    position     integer NOT NULL,
    PRIMARY KEY (goal_id, project_id)
);
-- the goals a project serves (Project.goals, GET …/projects/{key}/goals)
CREATE INDEX goal_projects_by_project ON goal_projects (project_id);

CREATE TABLE goal_portfolios (
    goal_id      uuid    NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
    portfolio_id uuid    NOT NULL REFERENCES portfolios (id) ON DELETE CASCADE,
    workspace_id uuid    NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    position     integer NOT NULL,
    PRIMARY KEY (goal_id, portfolio_id)
);
-- the goals a portfolio serves (Portfolio.goals, GET …/portfolios/{id}/goals)
CREATE INDEX goal_portfolios_by_portfolio ON goal_portfolios (portfolio_id);

-- A goal's key results: measured (NUMBER, PERCENT, CURRENCY, BOOLEAN) and moved by check-ins, or WORK,
-- derived from the goal's linked projects (done estimate ÷ all). BOOLEAN counts 0 → 1.
CREATE TABLE key_results (
    id            uuid PRIMARY KEY,
    workspace_id  uuid           NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    goal_id       uuid           NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
    title         varchar(200)   NOT NULL,
    kind          varchar(16)    NOT NULL,
    currency      char(3),
    start_value   numeric(19, 4) NOT NULL,
    target_value  numeric(19, 4) NOT NULL,
    current_value numeric(19, 4) NOT NULL,
    version       bigint         NOT NULL,
    created_at    timestamptz    NOT NULL,
    updated_at    timestamptz    NOT NULL
);
-- the key results of goals (a goal's representation, the roll-up of a subtree)
CREATE INDEX key_results_by_goal ON key_results (goal_id, created_at, id);

-- Every check-in kept: the value it set, the one before, a note and who checked in.
CREATE TABLE key_result_check_ins (
    id             uuid PRIMARY KEY,
    workspace_id   uuid           NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    key_result_id  uuid           NOT NULL REFERENCES key_results (id) ON DELETE CASCADE,
    value          numeric(19, 4) NOT NULL,
    previous_value numeric(19, 4) NOT NULL,
    note           varchar(2000),
    actor_kind     varchar(16)    NOT NULL,
    actor_id       varchar(200),
    actor_name     varchar(200),
    created_at     timestamptz    NOT NULL
);
-- a key result's history, oldest first, in keyset pages
CREATE INDEX key_result_check_ins_by_key_result ON key_result_check_ins (key_result_id, created_at, id);
