-- Automation rules: "when X, if Y, then Z". The trigger and the actions are jsonb documents in the
-- shapes of the API (read and written whole, validated by the domain); the condition is a filter
-- expression as text. next_run_at is set for time-based rules (SCHEDULE, DUE_DATE_WITHIN) only: the
-- scheduler claims the due ones with FOR UPDATE SKIP LOCKED, so several instances never run one twice.
CREATE TABLE automation_rules (
    id           uuid PRIMARY KEY,
    workspace_id uuid         NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    project_id   uuid REFERENCES projects (id) ON DELETE CASCADE, -- NULL: every project of the workspace
    name         varchar(100) NOT NULL,
    enabled      boolean      NOT NULL,
    trigger      jsonb        NOT NULL,
    condition    text,
    actions      jsonb        NOT NULL,
    next_run_at  timestamptz,
    version      bigint       NOT NULL,
    created_at   timestamptz  NOT NULL,
    updated_at   timestamptz  NOT NULL
);
CREATE INDEX automation_rules_page ON automation_rules (workspace_id, created_at, id);
CREATE INDEX automation_rules_due ON automation_rules (next_run_at) WHERE enabled AND next_run_at IS NOT NULL;

-- One row per execution of a rule: what it ran on, how deep in a chain of rules, how it ended.
CREATE TABLE automation_runs (
    id           uuid PRIMARY KEY,
    workspace_id uuid          NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    rule_id      uuid          NOT NULL REFERENCES automation_rules (id) ON DELETE CASCADE,
    work_item_id uuid, -- no foreign key: the log outlives the item
    status       varchar(20)   NOT NULL,
    message      varchar(2000),
    depth        integer       NOT NULL,
    started_at   timestamptz   NOT NULL,
    finished_at  timestamptz   NOT NULL
);
CREATE INDEX automation_runs_page ON automation_runs (rule_id, started_at DESC, id DESC);

-- DUE_DATE_WITHIN fires once per item and due date: moving the due date makes the item eligible again.
CREATE TABLE automation_due_fired (
    rule_id      uuid        NOT NULL REFERENCES automation_rules (id) ON DELETE CASCADE,
    work_item_id uuid        NOT NULL REFERENCES work_items (id) ON DELETE CASCADE,
    due_date     date        NOT NULL,
    fired_at     timestamptz NOT NULL,
    PRIMARY KEY (rule_id, work_item_id, due_date)
);
-- items due soon, for the DUE_DATE_WITHIN sweep
CREATE INDEX work_items_due ON work_items (workspace_id, due_date) WHERE due_date IS NOT NULL;
