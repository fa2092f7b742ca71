-- Resources and capacity (issue #6, ADR 0024): resources with their skills, weekly capacity, time off and
-- cost rates; the workspace holiday calendar; allocations; time entries with their cost; running timers;
-- approved (locked) periods.

-- A resource's skills, capacity, time off and cost rates are small documents always read with it (the
-- workload reads all resources of a workspace in one statement), so they are jsonb, validated by the domain.
-- Resources are archived, not deleted: time entries keep pointing at them.
CREATE TABLE resources (
    id           uuid PRIMARY KEY,
    workspace_id uuid         NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    kind         varchar(16)  NOT NULL, -- PERSON, EQUIPMENT, ROOM, OTHER
    name         varchar(200) NOT NULL,
    member_id    uuid REFERENCES members (id) ON DELETE SET NULL, -- PERSON only, optional
    skills       jsonb        NOT NULL DEFAULT '[]', -- [{"name":"java","level":4}]
    capacity     jsonb        NOT NULL DEFAULT '{}', -- {"MONDAY":480,…} minutes per weekday
    time_off     jsonb        NOT NULL DEFAULT '[]', -- [{"from":"2026-12-14","to":"2026-12-14","reason":"…"}]
    cost_rates   jsonb        NOT NULL DEFAULT '[]', -- [{"from":"2026-01-01","amount":"80.00","currency":"EUR","unit":"HOUR"}]
    archived_at  timestamptz,
    version      bigint       NOT NULL,
    created_at   timestamptz  NOT NULL,
    updated_at   timestamptz  NOT NULL
);
CREATE INDEX resources_page ON resources (workspace_id, created_at, id) WHERE archived_at IS NULL;
CREATE UNIQUE INDEX resources_member ON resources (workspace_id, member_id) WHERE member_id IS NOT NULL AND archived_at IS NULL;
CREATE INDEX resources_skills ON resources USING gin (skills jsonb_path_ops);

-- The workspace holiday calendar: a day nobody works, whatever their weekly capacity says.
CREATE TABLE holidays (
    id           uuid PRIMARY KEY,
    workspace_id uuid         NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    day          date         NOT NULL,
    name         varchar(200) NOT NULL,
    version      bigint       NOT NULL,
    created_at   timestamptz  NOT NULL,
    updated_at   timestamptz  NOT NULL,
    UNIQUE (workspace_id, day)
);

-- A resource reserved for a project (work_item_id NULL) or one of its work items (project_id is then the
-- item's project, for the project filter) from a day to a day, as minutes per week or percent of capacity.
CREATE TABLE allocations (
    id               uuid PRIMARY KEY,
    workspace_id     uuid         NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    resource_id      uuid         NOT NULL REFERENCES resources (id) ON DELETE CASCADE,
    project_id       uuid         NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    work_item_id     uuid REFERENCES work_items (id) ON DELETE CASCADE,
    from_date        date         NOT NULL,
    to_date          date         NOT NULL,
    minutes_per_week integer,
    percent          numeric(5, 2),
    note             varchar(2000),
    version          bigint       NOT NULL,
    created_at       timestamptz  NOT NULL,
    updated_at       timestamptz  NOT NULL,
    CHECK (to_date >= from_date),
    CHECK ((minutes_per_week IS NULL) <> (percent IS NULL))
);
CREATE INDEX allocations_page ON allocations (workspace_id, created_at, id);
CREATE INDEX allocations_resource ON allocations (workspace_id, resource_id, from_date, to_date);
CREATE INDEX allocations_project ON allocations (workspace_id, project_id, from_date);
CREATE INDEX allocations_period ON allocations (workspace_id, to_date, from_date);

-- Time a resource spent on a work item. cost = minutes × the resource's rate in force on entry_date,
-- rounded half-even to the currency's digits; NULL when no rate is in force. Kept true when the rates
-- change (entries of approved periods keep the cost they were approved with). No foreign key to the
-- work item: the time was spent and the money gone even if the item is deleted later.
CREATE TABLE time_entries (
    id            uuid PRIMARY KEY,
    workspace_id  uuid          NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    resource_id   uuid          NOT NULL REFERENCES resources (id),
    work_item_id  uuid          NOT NULL,
    project_id    uuid          NOT NULL REFERENCES projects (id) ON DELETE CASCADE, -- the item's project, for roll-ups
    entry_date    date          NOT NULL,
    minutes       integer       NOT NULL CHECK (minutes > 0 AND minutes <= 1440),
    billable      boolean       NOT NULL,
    note          text,
    cost_amount   numeric(19, 4),
    cost_currency char(3),
    version       bigint        NOT NULL,
    created_at    timestamptz   NOT NULL,
    updated_at    timestamptz   NOT NULL,
    CHECK ((cost_amount IS NULL) = (cost_currency IS NULL))
);
CREATE INDEX time_entries_project_date ON time_entries (workspace_id, project_id, entry_date);
CREATE INDEX time_entries_resource_date ON time_entries (workspace_id, resource_id, entry_date);
CREATE INDEX time_entries_work_item ON time_entries (work_item_id, entry_date);
CREATE INDEX time_entries_page ON time_entries (workspace_id, entry_date, id);

-- A running timer: at most one per resource; stopping it writes a time entry and removes the row.
CREATE TABLE time_timers (
    id           uuid PRIMARY KEY,
    workspace_id uuid        NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    resource_id  uuid        NOT NULL UNIQUE REFERENCES resources (id) ON DELETE CASCADE,
    work_item_id uuid        NOT NULL REFERENCES work_items (id) ON DELETE CASCADE,
    billable     boolean     NOT NULL,
    note         text,
    started_at   timestamptz NOT NULL,
    version      bigint      NOT NULL,
    created_at   timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL
);
CREATE INDEX time_timers_ws ON time_timers (workspace_id, started_at, id);

-- An approved period of one resource's time: its entries are locked (no create, change or delete, no
-- cost recomputation) until the approval is withdrawn.
CREATE TABLE time_approvals (
    id           uuid PRIMARY KEY,
    workspace_id uuid        NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    resource_id  uuid        NOT NULL REFERENCES resources (id) ON DELETE CASCADE,
    from_date    date        NOT NULL,
    to_date      date        NOT NULL,
    approved_by  varchar(64) NOT NULL,
    approved_at  timestamptz NOT NULL,
    version      bigint      NOT NULL,
    created_at   timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL,
    CHECK (to_date >= from_date)
);
CREATE INDEX time_approvals_resource ON time_approvals (workspace_id, resource_id, from_date, to_date);
CREATE INDEX time_approvals_page ON time_approvals (workspace_id, created_at, id);
