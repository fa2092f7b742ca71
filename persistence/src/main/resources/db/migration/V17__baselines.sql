-- Project baselines (issue #12, ADR 0028): a named, immutable snapshot of a project's plan — every
-- item's dates, estimate and status, its milestones, the schedule's finish and the budget's BAC — to
-- compare the current plan with. The items are one jsonb document: a baseline is written once and read
-- whole. At most worklane.planning.baseline-limit per project, counted under a per-project lock.
CREATE TABLE project_baselines (
    id                        uuid PRIMARY KEY,
    workspace_id              uuid          NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    project_id                uuid          NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    name                      varchar(200)  NOT NULL,
    finish_date               date,
    bac_amount                numeric(19, 4),
    bac_currency              char(3),
    budget_visible_to_members boolean       NOT NULL DEFAULT false,
    items                     jsonb         NOT NULL,
    created_by                varchar(200),
    version                   bigint        NOT NULL,
    created_at                timestamptz   NOT NULL,
    updated_at                timestamptz   NOT NULL,
    CHECK ((bac_amount IS NULL) = (bac_currency IS NULL))
);
CREATE INDEX project_baselines_by_project ON project_baselines (project_id, created_at, id);
