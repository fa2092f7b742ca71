-- The risk register of projects (issue #13 item 5, ADR 0047): probability and impact on 1–5 scales
-- (exposure = their product, computed, indexed for "most exposed first"), an owner (a member), the date the
-- risk could strike, the response chosen and its plan, a status, and the work items that mitigate it (ids
-- as a jsonb array, at most 20). closed_at is set when it leaves the open statuses.
CREATE TABLE risks (
    id                  uuid PRIMARY KEY,
    workspace_id        uuid          NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    project_id          uuid          NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    title               varchar(200)  NOT NULL,
    description         text,
    category            varchar(100),
    probability         integer       NOT NULL CHECK (probability BETWEEN 1 AND 5),
    impact              integer       NOT NULL CHECK (impact BETWEEN 1 AND 5),
    exposure            integer GENERATED ALWAYS AS (probability * impact) STORED,
    owner_id            uuid REFERENCES members (id) ON DELETE SET NULL,
    proximity_date      date,
    response            varchar(16),
    mitigation_plan     text,
    status              varchar(16)   NOT NULL,
    mitigation_item_ids jsonb         NOT NULL DEFAULT '[]',
    closed_at           timestamptz,
    version             bigint        NOT NULL,
    created_at          timestamptz   NOT NULL,
    updated_at          timestamptz   NOT NULL
);
-- a project's register, oldest first, in keyset pages (optionally of one status)
CREATE INDEX risks_by_project ON risks (project_id, created_at, id);
-- status reports: the most exposed, and those opened or closed in a period
CREATE INDEX risks_by_exposure ON risks (project_id, exposure DESC, id);
CREATE INDEX risks_owner ON risks (owner_id) WHERE owner_id IS NOT NULL;

-- A risk's history: one row per change, with each changed field's before and after. No foreign key to the
-- risk, so a deleted risk keeps its trail (the workspace's deletion removes it).
CREATE TABLE risk_history (
    id           uuid PRIMARY KEY,
    workspace_id uuid         NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    risk_id      uuid         NOT NULL,
    occurred_at  timestamptz  NOT NULL,
    actor_kind   varchar(16)  NOT NULL,
    actor_id     varchar(64)  NOT NULL,
    actor_name   varchar(200),
    change       varchar(16)  NOT NULL,
    fields       jsonb        NOT NULL
);
CREATE INDEX risk_history_by_risk ON risk_history (risk_id, occurred_at, id);
