-- Budgets and cost control (issue #7, ADR 0025). One budget per project: its lines (category,
-- planned amount in the budget's currency, optional month phases) and thresholds are read and written
-- whole, so they are jsonb. crossed_thresholds is the alert state, changed only by the threshold
-- assessment under a row lock (SELECT … FOR UPDATE), never by an edit, so it does not bump version.
CREATE TABLE budgets (
    id                 uuid PRIMARY KEY,
    workspace_id       uuid        NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    project_id         uuid        NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    currency           char(3)     NOT NULL,
    lines              jsonb       NOT NULL,
    thresholds         jsonb       NOT NULL,
    crossed_thresholds jsonb       NOT NULL DEFAULT '[]',
    visible_to_members boolean     NOT NULL DEFAULT false,
    version            bigint      NOT NULL,
    created_at         timestamptz NOT NULL,
    updated_at         timestamptz NOT NULL,
    CONSTRAINT budgets_one_per_project UNIQUE (project_id)
);
CREATE INDEX budgets_page ON budgets (workspace_id, created_at, id);

-- Non-labour costs, in the currency paid; converted with exchange_rates when counted.
CREATE TABLE expenses (
    id           uuid PRIMARY KEY,
    workspace_id uuid           NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    project_id   uuid           NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    category     varchar(16)    NOT NULL,
    amount       numeric(19, 4) NOT NULL CHECK (amount >= 0),
    currency     char(3)        NOT NULL,
    expense_date date           NOT NULL,
    note         varchar(2000),
    work_item_id uuid REFERENCES work_items (id) ON DELETE SET NULL,
    version      bigint         NOT NULL,
    created_at   timestamptz    NOT NULL,
    updated_at   timestamptz    NOT NULL
);
CREATE INDEX expenses_page ON expenses (workspace_id, expense_date, id);
CREATE INDEX expenses_by_project ON expenses (project_id, expense_date, id);
CREATE INDEX expenses_by_work_item ON expenses (work_item_id) WHERE work_item_id IS NOT NULL;

-- A workspace's exchange rates: 1 from_currency = rate to_currency from effective_from on.
CREATE TABLE exchange_rates (
    id             uuid PRIMARY KEY,
    workspace_id   uuid           NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    from_currency  char(3)        NOT NULL,
    to_currency    char(3)        NOT NULL,
    rate           numeric(24, 10) NOT NULL CHECK (rate > 0),
    effective_from date           NOT NULL,
    version        bigint         NOT NULL,
    created_at     timestamptz    NOT NULL,
    updated_at     timestamptz    NOT NULL,
    CONSTRAINT exchange_rates_pair_date UNIQUE (workspace_id, from_currency, to_currency, effective_from)
);
